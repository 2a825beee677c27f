/**
 * Moodle's GIFT text format: {@link GiftWriter} exports items as Moodle's GIFT importer reads them
 * (question/format/gift/format.php), {@link GiftReader} imports GIFT files written by Moodle, by
 * teachers or by Sourcebook, with one issue per question it cannot take.
 */
@NullMarked
package org.sourcebook.exchange.gift;

import org.jspecify.annotations.NullMarked;
