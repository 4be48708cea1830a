/**
 * Tests of the public site: the QR codes of plaques (unit tests decode them back), the endpoints over the
 * application, and the pages and GraphiQL in a real headless Chromium ({@code *BrowserIT}).
 */
@NullMarked
package vn.campaign.api.site;

import org.jspecify.annotations.NullMarked;
