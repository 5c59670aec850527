/** Whether the device has a network, and when that changes: injectable so that tests need no window. */
export interface NetworkWatch {
  isOnline(): boolean;
  /** returns the unsubscribe */
  subscribe(listener: (online: boolean) => void): () => void;
}

/** The browser's view (navigator.onLine and the online/offline events); always online outside a page. */
export const browserNetwork: NetworkWatch = {
  isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  subscribe(listener) {
    if (typeof window === 'undefined') return () => {};
    const online = () => listener(true);
    const offline = () => listener(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};
