// typeof checks for Node's global functions and objects.
const names = [
  'console', 'process', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'TextEncoder',
  'TextDecoder', 'performance', 'URL', 'URLSearchParams', 'AbortController', 'AbortSignal',
  'EventTarget', 'Event', 'atob', 'btoa', 'DOMException',
];
for (const n of names) console.log(n, typeof globalThis[n]);
