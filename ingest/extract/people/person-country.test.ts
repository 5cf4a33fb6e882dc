import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS, extractEntities } from '../pipeline';

const countries = (home: string | null, ...paragraphs: string[]) =>
  Object.fromEntries(
    extractEntities('Headline', paragraphs, { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: home }).people.map(
      (p) => [p.name, p.country],
    ),
  );

describe("a table's or a list line's row country", () => {
  it('reads the label cell past a courtesy form and a bracket, never a bracketed country of a body', () => {
    expect(
      countries(
        null,
        'Member | Head of Delegation | Position Fiji | Hon. Josaia Vakaloloma Nainoca | Minister for Trade FLNKS (New Caledonia) | Mr. Gérard Wahuzue Kaloï | Spokesperson Vanuatu (Chair) | Hon. Marie-Louise Tabi Kalorib | Minister of Trade',
      ),
    ).toMatchObject({
      'Josaia Vakaloloma Nainoca': 'FJ',
      'Gérard Wahuzue Kaloï': null,
      'Marie-Louise Tabi Kalorib': 'VU',
    });
  });

  it("gives a dotted line's label over the next line's, and none after a label that is no country", () => {
    expect(
      countries(
        'SV',
        'Costa Rica ............ Ana Lucía Solano Quesada, Minister of Foreign Affairs and Worship Dominican Republic .... Rafael Antonio Peña Guzmán, Vice Minister for Foreign Policy SICA General Secretariat .. Marta Elena Orellana Rivas, Secretary General',
      ),
    ).toMatchObject({
      'Ana Lucía Solano Quesada': 'CR',
      'Rafael Antonio Peña Guzmán': 'DO',
      'Marta Elena Orellana Rivas': null,
    });
  });

  it("reads no row's country for a name that shares its cell with a body", () => {
    expect(
      countries(
        'EE',
        'Lead | Topic | Partner Kadri Tamm-Lepik | Peatland carbon balance | Eero Virtanen, University of Helsinki Triin Saar | Estonian fish stocks | –',
      ),
    ).not.toMatchObject({ 'Eero Virtanen': 'EE' });
  });

  it("reads a title past the name before it that the title stage ran into ('A of Azerbaijan and Foreign Minister B')", () => {
    expect(
      countries(
        'PK',
        'He met Foreign Minister Elnur Rasim oglu Huseynli of Azerbaijan and Foreign Minister Ayşe Nur Yıldırım of Türkiye.',
      ),
    ).toMatchObject({ 'Ayşe Nur Yıldırım': 'TR' });
  });

  it("gives a contact line's name the home, its label after a joined line's full stop and a spaced colon", () => {
    expect(
      countries('BF', 'Le salon ouvre demain. Contact presse : Issouf Sawadogo, chargé de communication'),
    ).toMatchObject({ 'Issouf Sawadogo': 'BF' });
  });

  it("gives an officer named by a rank the home, a demonym before the rank its country, a bloc's officer none", () => {
    expect(
      countries(
        'KZ',
        'Police Colonel Timur Bekmukhambetov will be based in Abu Dhabi, with Romanian Colonel Radu Gheorghiu.',
        'Observers from the CSTO Joint Staff, headed by Col. Viktor Sergeyevich Pavlenko, evaluated the drill.',
      ),
    ).toMatchObject({
      'Timur Bekmukhambetov': 'KZ',
      'Radu Gheorghiu': 'RO',
      'Viktor Sergeyevich Pavlenko': null,
    });
  });

  it("gives the Holy See's diplomats its country, by a post before the comma or a title", () => {
    expect(
      countries(
        'TL',
        'The Archbishop was accompanied by the Apostolic Nuncio, Archbishop Tomasz Wierzbicki, and by Monsignor Paulo Henrique Antunes Reis, Counsellor of the Nunciature.',
      ),
    ).toMatchObject({ 'Tomasz Wierzbicki': 'VA', 'Paulo Henrique Antunes Reis': 'VA' });
  });
});
