// For play functions: what they wait for comes after a request (a story's state, an answer).

/** Checks `condition` every 50 ms until it holds, for at most 10 s (the story test then finds what is missing). */
export async function until(condition: () => unknown): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}
