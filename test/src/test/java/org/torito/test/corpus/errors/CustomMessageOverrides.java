package org.torito.test.corpus.errors;

/** A custom exception hierarchy overriding getMessage, getLocalizedMessage and toString, as traces print it. */
public final class CustomMessageOverrides {
    static class AppException extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        AppException(int code, String message) {
            super(message);
            this.code = code;
        }

        @Override
        public String getMessage() {
            return "[E" + code + "] " + super.getMessage();
        }
    }

    static class ValidationException extends AppException {
        private static final long serialVersionUID = 1L;
        final String field;

        ValidationException(String field, String message) {
            super(400, message);
            this.field = field;
        }

        @Override
        public String getLocalizedMessage() {
            return "champ «" + field + "»: " + getMessage();
        }
    }

    static final class QuietException extends AppException {
        private static final long serialVersionUID = 1L;

        QuietException() {
            super(0, null);
        }

        @Override
        public String toString() {
            return "QuietException(code=" + code + ")";
        }
    }

    private CustomMessageOverrides() {
    }

    static void validate(String field, String value) throws AppException {
        if (value == null) {
            throw new ValidationException(field, "missing");
        }
        if (value.isBlank()) {
            throw new QuietException();
        }
        if (value.length() > 5) {
            throw new AppException(413, "too long: " + value.length());
        }
    }

    public static void main(String[] args) {
        String[][] inputs = {{"name", "Zoë"}, {"city", null}, {"zip", "  "}, {"street", "Hauptstraße"}};
        for (String[] in : inputs) {
            try {
                validate(in[0], in[1]);
                System.out.println(in[0] + " ok");
            } catch (AppException e) {
                System.out.println("toString: " + e);
                System.out.println("message: " + e.getMessage());
                System.out.println("localized: " + e.getLocalizedMessage());
                e.printStackTrace(System.out);
            }
        }
        RuntimeException wrapper = new RuntimeException(new ValidationException("age", "negative"));
        System.out.println(wrapper.getMessage());
        wrapper.printStackTrace(System.out);
        Exception plain = new Exception("");
        System.out.println("[" + plain + "] [" + new Exception() + "] [" + new Error((String) null) + "]");
    }
}
