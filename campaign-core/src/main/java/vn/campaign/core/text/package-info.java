/**
 * Vietnamese text handling shared by the whole platform: NFC storage form and the folded form used
 * for matching names (case, tone marks, đ/d, spacing and common abbreviations ignored).
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.text;

import org.jspecify.annotations.NullMarked;
