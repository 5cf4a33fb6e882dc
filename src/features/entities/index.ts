// The entities feature's public surface: what routes may import.
export { EntityFacts } from './components/entity-facts';
export { dateSpan } from './components/entity-sections';
