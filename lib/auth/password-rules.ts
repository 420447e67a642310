/** Length rules for new passwords; shared by the forms (client) and the server checks. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
