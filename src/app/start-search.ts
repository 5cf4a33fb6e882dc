import { startSearchEngine } from '../features/search/engine/search-engine';

// Imported first by main.tsx, so that it runs before React and the app's modules are evaluated: the search
// worker (and the dataset download it starts) gets going earlier on a cold open.
startSearchEngine();
