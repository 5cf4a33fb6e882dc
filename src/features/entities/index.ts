// The entities feature's public surface: what routes may import.
export { EntityFacts } from './components/entity-facts';
export { EntityDirectory } from './components/entity-directory';
export { dateSpan } from './components/entity-sections';
export { directoryListing, type DirectoryListing } from './directory-listing';
export { parseDirectoryParams, type DirectoryParams } from './directory-params';
export { useDirectoryParams } from './use-directory-params';
