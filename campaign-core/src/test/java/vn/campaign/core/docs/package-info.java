/**
 * Tests that hold the documents under {@code docs/} to the code: the rule catalogue, the glossary and the
 * campaign definition format.
 */
@NullMarked
package vn.campaign.core.docs;

import org.jspecify.annotations.NullMarked;
