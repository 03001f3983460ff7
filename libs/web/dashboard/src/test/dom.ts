// What antd needs of a browser that jsdom lacks. Imported first by the *.dom.spec.tsx files.

// antd in jsdom is slow on a busy two-core machine: a modal test can take seconds.
jest.setTimeout(60_000);

if (typeof window !== 'undefined') {
  // React Router reads TextEncoder, which jsdom does not define.
  const util = require('util') as typeof import('util');
  globalThis.TextEncoder ??= util.TextEncoder as typeof TextEncoder;
  globalThis.TextDecoder ??= util.TextDecoder as unknown as typeof TextDecoder;

  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;

  globalThis.ResizeObserver ??= class {
    observe = () => undefined;
    unobserve = () => undefined;
    disconnect = () => undefined;
  } as unknown as typeof ResizeObserver;

  // @rc-component/form batches its watchers with a MessageChannel.
  globalThis.MessageChannel ??= class {
    port1: { onmessage: ((event: { data: unknown }) => void) | null } = { onmessage: null };
    port2 = { postMessage: (data: unknown) => setTimeout(() => this.port1.onmessage?.({ data }), 0) };
  } as unknown as typeof MessageChannel;

  // jsdom knows no pseudo-elements (antd asks for the scrollbar's width).
  const computedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => computedStyle(element);
}

export {};
