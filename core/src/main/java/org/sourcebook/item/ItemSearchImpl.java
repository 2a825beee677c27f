package org.sourcebook.item;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcebook.persistence.ContentJson;

/** Spring Data's fragment implementation of {@link ItemSearch} for {@link ItemRepository}. */
class ItemSearchImpl implements ItemSearch {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<ItemEntity> search(long ownerId, ItemQuery query) {
        String order = query.sort() == ItemSort.QUALITY
                ? " order by i.quality desc, i.updatedAt desc, i.id"
                : " order by i.updatedAt desc, i.id";
        TypedQuery<ItemEntity> select = typed("select i from ItemEntity i", order, ItemEntity.class, ownerId, query);
        return select.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
    }

    @Override
    public long count(long ownerId, ItemQuery query) {
        return typed("select count(i) from ItemEntity i", "", Long.class, ownerId, query).getSingleResult();
    }

    private <T> TypedQuery<T> typed(String select, String order, Class<T> type, long ownerId, ItemQuery query) {
        StringBuilder where = new StringBuilder(" where i.ownerId = :owner");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("owner", ownerId);
        if (query.document() != null) {
            where.append(" and i.documentId = :document");
            parameters.put("document", query.document().value());
        }
        if (query.kind() != null) {
            where.append(" and i.kind = :kind");
            parameters.put("kind", ContentJson.wireName(query.kind()));
        }
        if (query.status() != null) {
            where.append(" and i.status = :status");
            parameters.put("status", ContentJson.wireName(query.status()));
        }
        if (query.tag() != null) {
            where.append(" and :tag member of i.tags");
            parameters.put("tag", query.tag());
        }
        if (query.text() != null) {
            where.append(" and i.searchText like :text escape '\\'");
            parameters.put("text", ItemSearchText.containsPattern(query.text()));
        }
        TypedQuery<T> typed = entityManager.createQuery(select + where + order, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }
}
