/**
 * The public web site served by the jar, for citizens and the press, with no sign-in: the page at {@code /}
 * and a work's page at {@code /works/{id}} (static HTML, CSS and JavaScript under {@code static/site/}, which
 * read the public GraphQL API as an anonymous caller), and the QR codes of awarded plaques
 * ({@code GET /api/plaques/{workId}/qr.png} and {@code .svg}) that link to a work's page.
 */
@NullMarked
package vn.campaign.api.site;

import org.jspecify.annotations.NullMarked;
