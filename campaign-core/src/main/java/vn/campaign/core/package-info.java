/**
 * The campaign domain: an embeddable library with no framework or database dependency.
 */
@NullMarked
package vn.campaign.core;

import org.jspecify.annotations.NullMarked;
