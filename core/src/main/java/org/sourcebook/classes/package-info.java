/**
 * A teacher's classes of students and the published lessons assigned to them, with open and due
 * dates: what decides which lessons a student reaches.
 */
@NullMarked
package org.sourcebook.classes;

import org.jspecify.annotations.NullMarked;
