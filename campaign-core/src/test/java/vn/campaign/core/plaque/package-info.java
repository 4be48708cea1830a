/** Tests of the plaque register: linking the directive's plaque works to registered works. */
@NullMarked
package vn.campaign.core.plaque;

import org.jspecify.annotations.NullMarked;
