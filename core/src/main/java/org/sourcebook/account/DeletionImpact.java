package org.sourcebook.account;

/**
 * What deleting an account would do: the person's quiz attempts and card reviews are deleted with
 * it; documents, items and lessons they own block the deletion (they are other people's teaching
 * material and must be handed over or deleted by their owner first).
 */
public record DeletionImpact(long quizAttempts, long cardReviews, long ownedDocuments, long ownedItems, long ownedLessons) {

    public boolean blocked() {
        return ownedDocuments + ownedItems + ownedLessons > 0;
    }
}
