export type DataErrorKind = 'not-found' | 'network' | 'http' | 'format';

/** Why data could not be loaded, which file, and whether trying again may help. */
export class DataLoadError extends Error {
  override name = 'DataLoadError';
  constructor(
    message: string,
    readonly file: string,
    readonly kind: DataErrorKind,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

export function isDataLoadError(error: unknown): error is DataLoadError {
  return error instanceof DataLoadError;
}

export function isTransientError(error: unknown): boolean {
  return isDataLoadError(error) && error.transient;
}

/** A DataLoadError as plain data, to cross the worker boundary (class instances do not survive cloning). */
export interface DataErrorData {
  message: string;
  file: string;
  kind: DataErrorKind;
  transient: boolean;
}

export function toErrorData(error: unknown): DataErrorData {
  if (isDataLoadError(error)) {
    return { message: error.message, file: error.file, kind: error.kind, transient: error.transient };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: `Unexpected failure while reading the data: ${message}`,
    file: '',
    kind: 'format',
    transient: false,
  };
}

export function fromErrorData(data: DataErrorData): DataLoadError {
  return new DataLoadError(data.message, data.file, data.kind, data.transient);
}
