/**
 * Validation rules as named policies, and the violations they return: a stable code, a severity, a field path and a message in Vietnamese and English.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.rule;

import org.jspecify.annotations.NullMarked;
