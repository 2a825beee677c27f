package org.sourcebook.persistence;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one place where a lost optimistic-locking race becomes a {@link ConcurrentEditException}.
 * Services check the version an edit started from by hand; when two saves of one version pass
 * that check at the same moment, the database refuses the second write and Spring reports it as
 * {@link ObjectOptimisticLockingFailureException}. This advice wraps every method of every
 * {@code @Service}, so no service can forget it, and it runs outside the transaction, so a
 * refusal that only surfaces when the transaction commits (a row changed without an explicit
 * save) is translated too. Views then handle a single exception for every kind of conflict.
 */
@Aspect
@Component
@Order(ConcurrentEditTranslation.OUTSIDE_TRANSACTIONS)
class ConcurrentEditTranslation {

    /** Transactions advise at the lowest precedence; one step higher wraps them, commit included. */
    static final int OUTSIDE_TRANSACTIONS = Ordered.LOWEST_PRECEDENCE - 1;

    private static final String ENTITY_SUFFIX = "Entity";

    @Around("@within(org.springframework.stereotype.Service) && execution(public * org.sourcebook..*(..))")
    Object translateLostRaces(ProceedingJoinPoint serviceCall) throws Throwable {
        try {
            return serviceCall.proceed();
        } catch (ObjectOptimisticLockingFailureException overtaken) {
            throw new ConcurrentEditException(what(overtaken), overtaken.getIdentifier(), overtaken);
        }
    }

    /** "Item" for {@code org.sourcebook.item.ItemEntity}. */
    private static String what(ObjectOptimisticLockingFailureException overtaken) {
        String className = overtaken.getPersistentClassName();
        if (className == null) {
            return "Row";
        }
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        return simpleName.endsWith(ENTITY_SUFFIX)
                ? simpleName.substring(0, simpleName.length() - ENTITY_SUFFIX.length())
                : simpleName;
    }
}
