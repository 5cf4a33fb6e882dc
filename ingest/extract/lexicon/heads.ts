import { words } from './words';

export const ORG_HEADS = words(`
  Ministry Department Commission Committee Council Academy University Institute Institution Center Centre
  Bureau Agency Office Administration Association Foundation Bank Organization Organisation Corporation
  Company Laboratory Laboratories Lab Secretariat Federation Society Authority Fund Network Alliance Chamber
  School College Hospital Parliament Embassy Consulate Court Government Mission Board Service Observatory
  Museum Library Incubator Consortium Cabinet Directorate Inc Ltd Corp Union Survey Group Universiti
  Universidad Universidade Université Universität Universitas Instituto Institut Istituto Akademie Academia
  Branch Subcommittee Sub-committee Presidency Observatories Institutes Universities
`);

export const LOWER_ORG_HEADS = words(
  `laboratory laboratories lab center centre institute park base platform`,
);

export const EVENT_HEADS = words(`
  Expo EXPO Forum Summit Conference Meeting Dialogue Session Symposium Seminar Workshop Fair Exhibition
  Festival Games Roundtable Round-table Week Talks Consultation Consultations Convention Olympiad
  Competition Contest Ceremony Camp Celebration Show Hackathon Congress Plenary Colloquium Retreat
  Course Courses Conclave Bootcamp Expedition
`);

export const LOWER_EVENT_HEADS = words(`session meeting plenary round edition`);

export const PLACE_HEADS = words(
  `Province City Municipality County District Prefecture Region State Island Islands Oblast`,
);

/** Standing bodies whose numbered sessions are events: "the 14th China-ROK Joint Committee". */
export const SESSION_BODIES = words(`Committee Commission Council Assembly`);

/** Heads that begin a body's name before "of": "... and Ministry of Energy" starts another body. */
export const HEAD_FIRST = words(`
  Ministry Department Bureau Office Embassy Consulate Academy University Institute Administration Secretariat
  Council Commission Committee Government Centre Center Agency Authority Federation Association Board Chamber
  School College Bank Fund
`);
