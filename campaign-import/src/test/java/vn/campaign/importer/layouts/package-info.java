/**
 * The layouts offices exchange, each built by hand in a small workbook and read through the whole pipeline:
 * headers over several rows, units as numbered group rows with their works below, totals, notes, units of
 * measure and sheets that are not lists of registrations.
 */
@NullMarked
package vn.campaign.importer.layouts;

import org.jspecify.annotations.NullMarked;
