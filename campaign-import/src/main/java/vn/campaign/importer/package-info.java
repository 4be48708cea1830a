/**
 * Loads legacy spreadsheets of registrations into the campaign platform.
 */
@NullMarked
package vn.campaign.importer;

import org.jspecify.annotations.NullMarked;
