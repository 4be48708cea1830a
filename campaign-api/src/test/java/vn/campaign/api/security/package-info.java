/**
 * Tests of authentication and authorisation: bearer tokens (HS256 and RS256, every way a token can be
 * refused), the start-up refusal of the development secret in the {@code prod} profile, one tester per role
 * for every mutation (success, user errors, refusal), what each role sees in lists, totals, {@code node(id:)}
 * and nested fields, concurrent writes on one work, the CSRF stance and the development token script. The
 * test tokens ({@link vn.campaign.api.security.TestTokens}), the callers ({@link vn.campaign.api.security.Caller})
 * and the secured endpoint ({@link vn.campaign.api.security.SecuredEndpoint}) are shared with the other API
 * tests.
 */
@NullMarked
package vn.campaign.api.security;

import org.jspecify.annotations.NullMarked;
