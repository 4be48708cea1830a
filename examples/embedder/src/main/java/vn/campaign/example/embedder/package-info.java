/**
 * A city system embedding the campaign core: {@link vn.campaign.example.embedder.EmbedderExample}.
 */
@NullMarked
package vn.campaign.example.embedder;

import org.jspecify.annotations.NullMarked;
