/**
 * The evidence store on MongoDB GridFS: a bucket named {@value vn.campaign.api.evidence.mongo.GridFsEvidenceStore#BUCKET}
 * (collections {@code evidence.files} and {@code evidence.chunks}), each piece's description in its GridFS file's
 * {@code metadata}. It runs on the embedded store as on a MongoDB server.
 */
@NullMarked
package vn.campaign.api.evidence.mongo;

import org.jspecify.annotations.NullMarked;
