import type { KcbApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by electron/preload; absent when the page is opened in a plain browser. */
    kcb?: KcbApi;
  }
}
