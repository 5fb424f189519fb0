// The header a request names the enterprise it acts for with, without zod (the SDK sends it).

/** The request header naming the enterprise (its user id) a request acts for; absent: the signed-in person. */
export const ACTING_FOR_HEADER = 'Yiwang-Acting-For';
