package org.sourcebook.content.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void everyRoleHasAnAnnotationConstantWithItsExactName() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : Role.Name.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
                constants.add(field.getName());
            }
        }
        assertThat(constants)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void authorityCarriesTheSpringRolePrefix() {
        assertThat(Role.TEACHER.authority()).isEqualTo("ROLE_TEACHER");
    }
}
