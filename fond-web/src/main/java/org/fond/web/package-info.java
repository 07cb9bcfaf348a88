/**
 * Fond on the web: the REST API under {@code /api} (JSON, OpenAPI 3.1, RFC 9457 problems) and the
 * server-rendered pages a historian reads (search, record, browse, about), served by Javalin.
 * The web layer only reads through {@link org.fond.web.Holdings}; it holds no business rules of
 * its own beyond turning records into HTML and citations.
 */
package org.fond.web;
