/** Announces an Atom feed to browsers and feed readers; React places it in the document head. */
export function FeedLink({ path, title }: { path: string; title: string }) {
  return <link rel="alternate" type="application/atom+xml" href={path} title={title} />;
}
