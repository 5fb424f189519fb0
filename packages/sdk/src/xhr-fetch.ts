// A fetch built on XMLHttpRequest, used for uploads in browsers: fetch gives no
// upload progress over HTTP/1.1 (request streams need HTTP/2 in Chromium),
// while XHR's `upload.onprogress` works everywhere, old kernels included.
import type { UploadProgress } from './types.ts';

export function createXhrFetch(onProgress: (progress: UploadProgress) => void): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const abort = () => xhr.abort();
      xhr.open(request.method, request.url, true);
      xhr.responseType = 'blob';
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.withCredentials = request.credentials === 'include';
      xhr.upload.onprogress = (e) => {
        const total = e.lengthComputable ? e.total : (body?.size ?? 0);
        onProgress({ percent: total > 0 ? Math.min(1, e.loaded / total) : 0, transferredBytes: e.loaded, totalBytes: total });
      };
      xhr.onload = () => {
        request.signal.removeEventListener('abort', abort);
        const headers = new Headers();
        for (const line of xhr
          .getAllResponseHeaders()
          .trim()
          .split(/[\r\n]+/)) {
          const at = line.indexOf(':');
          if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        // Status 0 with onload does not happen; 1xx never reaches here.
        resolve(
          new Response(xhr.status === 204 ? null : (xhr.response as Blob), { status: xhr.status, statusText: xhr.statusText, headers }),
        );
      };
      // The message matches Chromium's fetch so the retry logic sees a network error.
      xhr.onerror = () => reject(new TypeError('Failed to fetch'));
      xhr.onabort = () => reject(request.signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
      if (request.signal.aborted) {
        reject(request.signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
        return;
      }
      request.signal.addEventListener('abort', abort, { once: true });
      xhr.send(body);
    });
  };
}
