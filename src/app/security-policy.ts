/**
 * The Content-Security-Policy shipped with the build (as a meta tag) and in deploy/nginx.conf (as a header).
 * No inline script may run; data is fetched from the app's origin or from VITE_DATA_URL's.
 */
export function contentSecurityPolicy(dataUrl?: string): string {
  const dataOrigin = dataUrl && /^https?:\/\//.test(dataUrl) ? ` ${new URL(dataUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dataOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
