import { words } from './words';

/** Words that join the capitalised words of a title or a body's name: "Minister of Science and Technology". */
export const TITLE_CONNECTORS = words(`of the and for on & in`);

/** Lower-case words of a country's subdivision inside a title: "Governor of the Mexican state of Chiapas". */
export const SUBDIVISION_WORDS = words(
  `state department province region county prefecture municipality district`,
);

/** Connectors after which a capitalised pair continues a title rather than naming its holder ("and" may join two people). */
export const INSIDE_TITLE = words(`of for on in`);

/** Connectors through which a body's or an event's name goes on to the right: "Forum | on ...". */
export const RIGHT_CONNECTORS = words(`of for on and & in`);

/**
 * Lower-case words that join a head-first name in Romance languages: "Instituto Nacional de Salud",
 * "Instituto Geofísico del Perú", "Dirección General de Aguas", "Centre National de la Recherche".
 */
export const ROMANCE_CONNECTORS = words(`de del da do das dos di des du la le las los y e et`);
