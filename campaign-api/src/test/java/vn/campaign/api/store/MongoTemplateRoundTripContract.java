package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.text.VietnameseText;

/**
 * Store-level behaviour the service relies on, written once and run against every store: each implementing
 * class extends one of the support bases (embedded memory store, Testcontainers MongoDB, the MongoDB at
 * {@code SPRING_MONGODB_URI}).
 */
interface MongoTemplateRoundTripContract {

    /**
     * A work as stored by these tests.
     *
     * @param id         the document id
     * @param code       the registration code
     * @param name       the name as entered, NFC
     * @param foldedName the name folded for matching
     * @param kind       the kind of work
     */
    record StoredWork(String id, String code, String name, String foldedName, WorkKind kind) {
    }

    /**
     * The application's template, bound to the store under test.
     *
     * @return the template
     */
    MongoTemplate mongoTemplate();

    /**
     * A collection name of this test's own, so tests never see each other's documents on a shared server.
     *
     * @return the collection name
     */
    default String collection() {
        return "roundtrip_" + getClass().getSimpleName();
    }

    @BeforeEach
    @AfterEach
    default void dropTheCollection() {
        mongoTemplate().dropCollection(collection());
    }

    @Test
    default void storesAndFindsWorksByFoldedNameThroughSpringData() {
        MongoTemplate template = mongoTemplate();
        template.indexOps(collection()).createIndex(new Index("code", Sort.Direction.ASC).unique());
        for (String[] work : List.of(
                new String[] {"HT-001", "Khánh thành cầu Hộ Độ"},
                new String[] {"HT-002", "Khởi công đường Hàm Nghi"},
                new String[] {"HT-003", "Khánh thành nhà văn hóa phường Đại Nài"})) {
            String name = VietnameseText.normalize(work[1]);
            WorkKind kind = name.startsWith("Khởi công") ? WorkKind.GROUNDBREAKING : WorkKind.INAUGURATION;
            template.insert(new StoredWork(UUID.randomUUID().toString(), work[0], name,
                    VietnameseText.fold(name), kind), collection());
        }

        List<StoredWork> found = template.find(
                Query.query(Criteria.where("foldedName").regex("^khanh thanh"))
                        .with(Sort.by("code")),
                StoredWork.class, collection());

        assertThat(found).extracting(StoredWork::code).containsExactly("HT-001", "HT-003");
        assertThat(found).extracting(StoredWork::name)
                .containsExactly("Khánh thành cầu Hộ Độ", "Khánh thành nhà văn hóa phường Đại Nài");
        assertThat(found).extracting(StoredWork::kind).containsOnly(WorkKind.INAUGURATION);
    }
}
