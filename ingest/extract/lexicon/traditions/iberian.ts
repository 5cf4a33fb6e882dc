import type { NameTradition } from './tradition';

/** Spanish and Portuguese names: particles between given names and the two surnames ("de la Peña", "dos Santos"). */
export const IBERIAN: NameTradition = {
  id: 'iberian',
  particles: ['de', 'del', 'dela', 'delos', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'y', 'e'],
};
