/**
 * Tests of the dump's pieces that need no running store: the unpacking of a backup zip and the refusal on an
 * external MongoDB.
 */
@NullMarked
package vn.campaign.api.backup.mongo;

import org.jspecify.annotations.NullMarked;
