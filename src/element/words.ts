import type { AssistEvent } from '../workflows/assist/machine.js';
import type { TaskOutcome } from '../workflows/assist/tasks.js';
import type { RegistrationChannel } from '../workflows/registration/channels.js';
import type { MessageStartPage } from '../workflows/secure-message/starts.js';
import type { WorkflowProblem } from '../workflows/shared/context-types.js';

/**
 * The words of the `<portal-helpdesk-assist>` element's own controls (buttons, field labels,
 * messages). The step texts themselves come from the guide catalogs through `describeStep`.
 *
 * @example
 * ```ts
 * const words: ElementWords = elementWords.es;
 * words.events.CONTINUE;
 * //=> 'Continuar'
 * ```
 */
export type ElementWords = {
  /** A button or form title for every event a workflow accepts. */
  readonly events: Readonly<Record<AssistEvent['type'], string>>;
  /** Labels of payload fields, by field name. */
  readonly fields: Readonly<Record<string, string>>;
  readonly channels: Readonly<Record<RegistrationChannel, string>>;
  readonly starts: Readonly<Record<MessageStartPage, string>>;
  readonly problems: Readonly<
    Record<WorkflowProblem | 'patient-required' | 'triage-refused' | 'invalid-user-details', string>
  >;
  /** Outcomes and reasons, as the session summary records them. */
  readonly outcomes: Readonly<Record<TaskOutcome['outcome'], string>>;
  readonly reasons: Readonly<Record<string, string>>;
  readonly yes: string;
  readonly panel: string;
  readonly labels: string;
  readonly actions: string;
  readonly currentTask: string;
  readonly finishedTask: string;
  readonly tasksSoFar: string;
  readonly sessionEnded: string;
  readonly newSession: string;
  readonly problem: string;
  readonly errorTitle: string;
  readonly errorFields: string;
  readonly errorFailed: string;
  readonly restoreDropped: string;
  readonly starting: string;
  /** Before the step of a fix's task the patient must reach. */
  readonly fixStep: string;
};

const en: ElementWords = {
  events: {
    REPORT_PATIENT_BROWSER: 'Report the patient’s browser',
    CONTINUE: 'Continue',
    CHOOSE_TASK: 'Start a task',
    SWITCH_TASK: 'Switch task',
    CHOOSE_ANOTHER_TASK: 'Choose another task',
    CHOOSE_SYMPTOM: 'Choose a symptom',
    ANSWER: 'Record the answer',
    START_FIX: 'Start the fix',
    END_SESSION: 'End session',
    OPEN_LINK: 'Patient opened the link',
    CREATE_ACCOUNT: 'Create account',
    CHOOSE_TEXT: 'Text me',
    CHOOSE_CALL: 'Call me',
    CHOOSE_QUESTION: 'Security question',
    SEND_CODE: 'Send code',
    CALL: 'Call',
    RESEND_CODE: 'Ask for a new code',
    SWITCH_TO_CALL: 'Get a call instead',
    CHANGE_NUMBER: 'Fix the phone number',
    PHONE_OUT_OF_DATE: 'Patient no longer has this phone',
    PHONE_OF_RECORD_UPDATED: 'Phone of record updated',
    REGISTERED_IN_OFFICE: 'Registered in the office',
    ACCESS_SET_UP: 'Family access set up',
    VERIFY: 'Verify',
    TRY_AGAIN: 'Try again',
    SAVE_ANSWER: 'Save answer',
    BACK: 'Back',
    I_AM_PATIENT: 'I am the patient',
    I_MANAGE_ACCOUNT: 'I manage the account',
    SUBMIT_MANAGER_DETAILS: 'Submit manager details',
    SHOW_FORM: 'Show the message form',
    START_FROM_HOME_PAGE: 'Start from the home page',
    SELECT_PROVIDER: 'Select provider',
    SELECT_LOCATION: 'Select location',
    SELECT_SUBJECT: 'Select subject',
    ENTER_MESSAGE: 'Enter message',
    ATTACH_FILE: 'Attach file',
    REMOVE_ATTACHMENT: 'Remove attachment',
    CONTINUE_WITHOUT_ATTACHMENTS: 'Continue without attachments',
    SEND: 'Send',
    DISMISS: 'Dismiss',
    OPEN_MENU: 'Open the profile menu',
    CLOSE_MENU: 'Close the profile menu',
    CHOOSE_MY_PROFILE: 'Choose my profile',
    SWITCH_TO: 'Switch profile',
  },
  fields: {
    emailConfirmed: 'Email address entered twice',
    passwordEnteredTwice: 'Password entered twice',
    termsAccepted: 'Terms accepted',
    phone: 'Phone number',
    accepted: 'Code accepted',
    answer: 'Answer',
    name: 'Name',
    email: 'Email address',
    birthDate: 'Birth date (YYYY-MM-DD)',
    caregiverBirthDate: 'Caregiver’s birth date (YYYY-MM-DD)',
    providerId: 'Provider id',
    departmentId: 'Location id',
    subject: 'Subject',
    body: 'Message',
    index: 'Attachment number (from 0)',
    profileId: 'Profile id',
    userAgent: 'User agent',
    task: 'Task',
    channel: 'How registration started',
    startedFrom: 'Where the message is started',
    symptom: 'Symptom',
    question: 'Question',
    value: 'Answer',
    user: 'Who registers',
  },
  channels: {
    invitation: 'Invitation email',
    'appointment-reminder': 'Appointment reminder email',
    'lab-result': 'Lab result email',
    'online-check-in': 'Online check-in',
    'in-office': 'In the office',
  },
  starts: { 'home-page': 'Portal home page', 'messages-page': 'Messages page' },
  problems: {
    'form-incomplete': 'The form is not complete.',
    'invalid-phone': 'That phone number is not valid.',
    'landline-cannot-text': 'That number cannot receive texts: use a call instead.',
    'wrong-code': 'The code was not accepted.',
    'empty-answer': 'The answer is empty.',
    'invalid-manager-details': 'The account manager’s details are not complete.',
    'invalid-caregiver-details': 'The caregiver’s date of birth is not valid.',
    'unknown-provider': 'That provider is not in the list.',
    'unknown-location': 'That location is not in the list.',
    'unknown-profile': 'That profile is not in the list.',
    'message-invalid': 'The message cannot be sent as it is.',
    'patient-required': 'Open the patient’s chart first: this task needs a patient.',
    'triage-refused': 'That symptom or answer does not fit: check it and try again.',
    'invalid-user-details':
      'The family member’s date of birth is not valid: it must be a real date, not in the future.',
  },
  outcomes: { completed: 'completed', blocked: 'blocked', switched: 'switched', abandoned: 'abandoned' },
  reasons: {
    'under-minimum-age': 'under the minimum age',
    'no-phone-of-record': 'no phone number of record',
    'patient-under-minimum-age': 'the patient is under the minimum age',
    'already-registered': 'the patient already has a portal account',
    'family-member-under-minimum-age': 'the family member who would register is under the minimum age',
  },
  yes: 'Yes',
  panel: 'Patient Portal help',
  labels: 'Portal labels',
  actions: 'What happens next?',
  currentTask: 'Current task',
  finishedTask: 'Last task',
  tasksSoFar: 'Tasks in this session',
  sessionEnded: 'The session has ended.',
  newSession: 'New session',
  problem: 'Problem',
  errorTitle: 'The assist session cannot start',
  errorFields: 'Missing or not valid:',
  errorFailed: 'The session stopped on an error. Start a new session.',
  restoreDropped: 'The saved session could not be restored, so a new session started.',
  starting: 'Waiting for the practice and patient details…',
  fixStep: 'Take the patient to',
};

const es: ElementWords = {
  events: {
    REPORT_PATIENT_BROWSER: 'Informar el navegador del paciente',
    CONTINUE: 'Continuar',
    CHOOSE_TASK: 'Comenzar un trámite',
    SWITCH_TASK: 'Cambiar de trámite',
    CHOOSE_ANOTHER_TASK: 'Elegir otro trámite',
    CHOOSE_SYMPTOM: 'Elegir un síntoma',
    ANSWER: 'Anotar la respuesta',
    START_FIX: 'Iniciar la solución',
    END_SESSION: 'Terminar la sesión',
    OPEN_LINK: 'El paciente abrió el enlace',
    CREATE_ACCOUNT: 'Crear la cuenta',
    CHOOSE_TEXT: 'Mensaje de texto',
    CHOOSE_CALL: 'Llamada',
    CHOOSE_QUESTION: 'Pregunta de seguridad',
    SEND_CODE: 'Enviar el código',
    CALL: 'Llamar',
    RESEND_CODE: 'Pedir un código nuevo',
    SWITCH_TO_CALL: 'Recibir una llamada',
    CHANGE_NUMBER: 'Corregir el número',
    PHONE_OUT_OF_DATE: 'El paciente ya no tiene este teléfono',
    PHONE_OF_RECORD_UPDATED: 'Teléfono registrado actualizado',
    REGISTERED_IN_OFFICE: 'Registrado en el consultorio',
    ACCESS_SET_UP: 'Acceso familiar configurado',
    VERIFY: 'Verificar',
    TRY_AGAIN: 'Intentar de nuevo',
    SAVE_ANSWER: 'Guardar la respuesta',
    BACK: 'Atrás',
    I_AM_PATIENT: 'Soy el paciente',
    I_MANAGE_ACCOUNT: 'Administro la cuenta',
    SUBMIT_MANAGER_DETAILS: 'Enviar los datos del administrador',
    SHOW_FORM: 'Mostrar el formulario del mensaje',
    START_FROM_HOME_PAGE: 'Empezar en la página principal',
    SELECT_PROVIDER: 'Elegir el proveedor',
    SELECT_LOCATION: 'Elegir el lugar',
    SELECT_SUBJECT: 'Elegir el asunto',
    ENTER_MESSAGE: 'Escribir el mensaje',
    ATTACH_FILE: 'Adjuntar un archivo',
    REMOVE_ATTACHMENT: 'Quitar un archivo adjunto',
    CONTINUE_WITHOUT_ATTACHMENTS: 'Continuar sin archivos adjuntos',
    SEND: 'Enviar',
    DISMISS: 'Cerrar',
    OPEN_MENU: 'Abrir el menú de perfiles',
    CLOSE_MENU: 'Cerrar el menú de perfiles',
    CHOOSE_MY_PROFILE: 'Elegir mi perfil',
    SWITCH_TO: 'Cambiar de perfil',
  },
  fields: {
    emailConfirmed: 'Correo electrónico escrito dos veces',
    passwordEnteredTwice: 'Contraseña escrita dos veces',
    termsAccepted: 'Condiciones aceptadas',
    phone: 'Número de teléfono',
    accepted: 'Código aceptado',
    answer: 'Respuesta',
    name: 'Nombre',
    email: 'Correo electrónico',
    birthDate: 'Fecha de nacimiento (AAAA-MM-DD)',
    caregiverBirthDate: 'Fecha de nacimiento del cuidador (AAAA-MM-DD)',
    providerId: 'Identificador del proveedor',
    departmentId: 'Identificador del lugar',
    subject: 'Asunto',
    body: 'Mensaje',
    index: 'Número del archivo adjunto (desde 0)',
    profileId: 'Identificador del perfil',
    userAgent: 'Agente de usuario',
    task: 'Trámite',
    channel: 'Cómo empezó el registro',
    startedFrom: 'Dónde se empieza el mensaje',
    symptom: 'Síntoma',
    question: 'Pregunta',
    value: 'Respuesta',
    user: 'Quién se registra',
  },
  channels: {
    invitation: 'Correo de invitación',
    'appointment-reminder': 'Correo de recordatorio de cita',
    'lab-result': 'Correo de resultado de laboratorio',
    'online-check-in': 'Registro de llegada en línea',
    'in-office': 'En el consultorio',
  },
  starts: { 'home-page': 'Página principal del portal', 'messages-page': 'Página de mensajes' },
  problems: {
    'form-incomplete': 'El formulario no está completo.',
    'invalid-phone': 'Ese número de teléfono no es válido.',
    'landline-cannot-text': 'Ese número no recibe mensajes de texto: use una llamada.',
    'wrong-code': 'El código no fue aceptado.',
    'empty-answer': 'La respuesta está vacía.',
    'invalid-manager-details': 'Los datos del administrador de la cuenta no están completos.',
    'invalid-caregiver-details': 'La fecha de nacimiento del cuidador no es válida.',
    'unknown-provider': 'Ese proveedor no está en la lista.',
    'unknown-location': 'Ese lugar no está en la lista.',
    'unknown-profile': 'Ese perfil no está en la lista.',
    'message-invalid': 'El mensaje no se puede enviar así.',
    'patient-required': 'Abra primero el expediente del paciente: este trámite necesita un paciente.',
    'triage-refused': 'Ese síntoma o esa respuesta no corresponde: revíselo e inténtelo de nuevo.',
    'invalid-user-details':
      'La fecha de nacimiento del familiar no es válida: debe ser una fecha real y no puede ser futura.',
  },
  outcomes: { completed: 'terminado', blocked: 'bloqueado', switched: 'cambiado', abandoned: 'abandonado' },
  reasons: {
    'under-minimum-age': 'menor de la edad mínima',
    'no-phone-of-record': 'sin número de teléfono registrado',
    'patient-under-minimum-age': 'el paciente es menor de la edad mínima',
    'already-registered': 'el paciente ya tiene una cuenta del portal',
    'family-member-under-minimum-age': 'el familiar que se registraría es menor de la edad mínima',
  },
  yes: 'Sí',
  panel: 'Ayuda con el portal del paciente',
  labels: 'Etiquetas del portal',
  actions: '¿Qué pasa ahora?',
  currentTask: 'Trámite actual',
  finishedTask: 'Último trámite',
  tasksSoFar: 'Trámites de esta sesión',
  sessionEnded: 'La sesión terminó.',
  newSession: 'Nueva sesión',
  problem: 'Problema',
  errorTitle: 'La sesión de ayuda no puede comenzar',
  errorFields: 'Faltan o no son válidos:',
  errorFailed: 'La sesión se detuvo por un error. Comience una sesión nueva.',
  restoreDropped: 'No se pudo recuperar la sesión guardada, así que comenzó una sesión nueva.',
  starting: 'Esperando los datos de la práctica y del paciente…',
  fixStep: 'Lleve al paciente a',
};

/**
 * The element's words in every language it speaks.
 *
 * @example
 * ```ts
 * elementWords.en.events.END_SESSION;
 * //=> 'End session'
 * ```
 */
export const elementWords = Object.freeze({ en, es });
