/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the dataset is served from; defaults to `data/` under the app's base URL. */
  readonly VITE_DATA_URL?: string;
}

interface Window {
  /** The search worker started by public/start-worker.js, until the app adopts it. */
  __searchWorker?: Worker;
  /** Set once the app has its search worker: public/start-worker.js then starts none. */
  __searchEngineStarted?: boolean;
}
