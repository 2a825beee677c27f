package org.sourcebook.ui.teacher.classes;

import org.sourcebook.classes.ClassId;

/** The addresses of the class pages. */
public final class ClassRoutes {

    public static final String LIST = "teacher/classes";
    static final String CLASS = LIST + "/:classId";
    static final String CLASS_ID = "classId";

    private ClassRoutes() {}

    public static String of(ClassId id) {
        return LIST + "/" + id;
    }
}
