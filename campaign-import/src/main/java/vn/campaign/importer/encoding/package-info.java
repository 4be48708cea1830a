/**
 * Legacy Vietnamese text encodings in spreadsheets and CSV files.
 *
 * <p>Old office files hold text typed in 8-bit "font encodings": TCVN3 (ABC, the {@code .Vn…}
 * fonts, with an upper-case variant in the {@code .Vn…H} fonts) and VNI-Windows (the {@code VNI-…}
 * fonts). A spreadsheet stores those bytes as the characters {@code U+00A0–U+00FF}.
 * {@link vn.campaign.importer.encoding.LegacyText} decides per cell, from evidence, whether a text
 * needs converting (the font first, then letters only Unicode has, then a vote over a column) and
 * converts it to Unicode NFC; {@link vn.campaign.importer.encoding.CsvCharsets} decides how the bytes
 * of a CSV file become text. Every decision carries the evidence it was taken on, for the import
 * report. Text that shows no evidence is never converted.
 */
@NullMarked
package vn.campaign.importer.encoding;

import org.jspecify.annotations.NullMarked;
