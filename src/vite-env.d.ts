/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the dataset is served from; defaults to `data/` under the app's base URL. */
  readonly VITE_DATA_URL?: string;
}
