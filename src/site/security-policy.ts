/**
 * The Content-Security-Policy of every page: scripts only from our own files (never inline,
 * never eval), data fetched only from our origin, no plugins, forms only to our own pages (the search box). Inline style attributes
 * are allowed because the build-time SVG charts carry their colours in them. The same policy is
 * sent as a header by the server configuration (deploy/nginx), which can also add
 * frame-ancestors (not allowed in a meta tag).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
