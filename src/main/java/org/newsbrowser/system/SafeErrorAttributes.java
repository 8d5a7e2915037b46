package org.newsbrowser.system;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The error details that Spring Boot's error page and error JSON show. A client error says which parameter is
 * wrong and why, in words rather than Java types; a server error gets a fixed message, since an exception's message
 * can reveal internals. Stack traces are never included (see {@code spring.web.error.include-stacktrace}).
 */
@Component
class SafeErrorAttributes extends DefaultErrorAttributes {

    static final String SERVER_ERROR_MESSAGE = "An unexpected error occurred. It has been logged; please try again.";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (attributes.get("status") instanceof Integer status && status >= 500) {
            attributes.put("message", SERVER_ERROR_MESSAGE);
        } else {
            String parameterProblem = describeParameterProblem(getError(request));
            if (parameterProblem != null) {
                attributes.put("message", parameterProblem);
            }
        }
        return attributes;
    }

    /** What is wrong with the request's parameters, or null if the error is not about them. */
    private static String describeParameterProblem(Throwable error) {
        if (error instanceof BindException invalid) {
            return invalid.getFieldErrors().stream().map(SafeErrorAttributes::describe).distinct()
                    .collect(Collectors.joining("; "));
        }
        if (error instanceof MethodArgumentTypeMismatchException mismatch) {
            return mismatch.getName() + " must be " + expected(mismatch.getRequiredType()) + ", not '"
                    + abbreviate(mismatch.getValue()) + "'";
        }
        if (error instanceof HandlerMethodValidationException invalid) {
            return invalid.getParameterValidationResults().stream()
                    .map(result -> result.getMethodParameter().getParameterName() + " "
                            + result.getResolvableErrors().get(0).getDefaultMessage())
                    .collect(Collectors.joining("; "));
        }
        return null;
    }

    private static String describe(FieldError error) {
        if (error.isBindingFailure()) {
            return error.getField().replaceAll("\\[\\d+]", "") + " must be a number, not '"
                    + abbreviate(error.getRejectedValue()) + "'";
        }
        return error.getField() + " " + error.getDefaultMessage();
    }

    private static String expected(Class<?> type) {
        return type != null && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type))
                ? "a number" : "a valid value";
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
