package org.sourcebook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sourcebook.content.account.Role;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The structural rules of docs/decisions.md, checked on the production classes of all modules. */
@AnalyzeClasses(packages = "org.sourcebook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final List<Class<? extends Annotation>> VIEW_ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);
    static final List<Class<? extends Annotation>> SERVICE_ACCESS =
            List.of(PreAuthorize.class, RolesAllowed.class, PermitAll.class, DenyAll.class, Secured.class);
    static final Map<String, String> AUDIENCE_ROLES = Map.of(
            "org.sourcebook.ui.admin", Role.Name.ADMIN,
            "org.sourcebook.ui.teacher", Role.Name.TEACHER,
            "org.sourcebook.ui.student", Role.Name.STUDENT);

    @ArchTest
    static final ArchRule contentModelIsPlainJava = noClasses()
            .that().resideInAPackage("org.sourcebook.content..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.hibernate..", "com.vaadin..")
            .because("content-model is plain Java, usable from any layer and any tool");

    @ArchTest
    static final ArchRule onlyTheUiUsesVaadin = noClasses()
            .that().resideOutsideOfPackage("org.sourcebook.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("core (services, persistence) must not know the UI framework");

    @ArchTest
    static final ArchRule theUiNeverTouchesEntities = noClasses()
            .that().resideInAPackage("org.sourcebook.ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("services hand records to the UI, never JPA entities");

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("org.sourcebook.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiPackagesHaveNoCycles =
            slices().matching("org.sourcebook.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyViewAndLayoutHasExactlyOneAccessAnnotation = classes()
            .that(areViewsOrLayouts())
            .should(haveExactlyOneOf(VIEW_ACCESS))
            .because("a view without one is denied silently; one with two is ambiguous");

    @ArchTest
    static final ArchRule audienceViewsAreForTheirRoleOnly = classes()
            .that().areAnnotatedWith(Route.class)
            .and().resideInAnyPackage("org.sourcebook.ui.admin..", "org.sourcebook.ui.teacher..", "org.sourcebook.ui.student..")
            .should(beRolesAllowedForTheirPackagesRole())
            .because("views are grouped by audience, so a package's views share one role");

    @ArchTest
    static final ArchRule everyPublicServiceMethodChecksAccess = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .should(beGuardedDirectlyOrByTheirClass())
            .because("services are the last line of defence, whatever the UI shows");

    private static DescribedPredicate<JavaClass> areViewsOrLayouts() {
        return DescribedPredicate.describe("are routes, layouts or error views", javaClass ->
                !javaClass.getModifiers().contains(JavaModifier.ABSTRACT)
                        && (javaClass.isAnnotatedWith(Route.class)
                                || javaClass.isAnnotatedWith(Layout.class)
                                || javaClass.isAssignableTo(RouterLayout.class)
                                || javaClass.isAssignableTo(HasErrorParameter.class)));
    }

    private static ArchCondition<JavaClass> haveExactlyOneOf(List<Class<? extends Annotation>> annotations) {
        return new ArchCondition<>("have exactly one of " + names(annotations)) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                long count = annotations.stream().filter(javaClass::isAnnotatedWith).count();
                events.add(new SimpleConditionEvent(javaClass, count == 1,
                        javaClass.getName() + " has " + count + " access annotations"));
            }
        };
    }

    private static ArchCondition<JavaClass> beRolesAllowedForTheirPackagesRole() {
        return new ArchCondition<>("be @RolesAllowed for exactly the role of their audience package") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String expected = AUDIENCE_ROLES.entrySet().stream()
                        .filter(entry -> javaClass.getPackageName().startsWith(entry.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElseThrow();
                boolean ok = javaClass.isAnnotatedWith(RolesAllowed.class)
                        && Arrays.equals(
                                javaClass.getAnnotationOfType(RolesAllowed.class).value(), new String[] {expected});
                events.add(new SimpleConditionEvent(javaClass, ok,
                        javaClass.getName() + " must be @RolesAllowed(\"" + expected + "\") only"));
            }
        };
    }

    private static ArchCondition<JavaMethod> beGuardedDirectlyOrByTheirClass() {
        return new ArchCondition<>("carry a method-security annotation, or their class does") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean guarded = SERVICE_ACCESS.stream().anyMatch(
                        annotation -> method.isAnnotatedWith(annotation) || method.getOwner().isAnnotatedWith(annotation));
                events.add(new SimpleConditionEvent(method, guarded, method.getFullName() + " has no access check"));
            }
        };
    }

    private static String names(List<Class<? extends Annotation>> annotations) {
        return annotations.stream().map(annotation -> "@" + annotation.getSimpleName()).toList().toString();
    }
}
