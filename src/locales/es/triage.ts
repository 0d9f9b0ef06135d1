import type { TriageWords } from '../types.js';

/**
 * Spanish words of the troubleshooting: symptoms and their phrasings, questions, causes, what to
 * tell the patient and the practice's default advice. Portal labels stay in English, quoted.
 *
 * @example
 * ```ts
 * triage.symptoms['cannot-attach-file'].name;
 * //=> 'No puede adjuntar un archivo'
 * ```
 */
export const triage: TriageWords = /* @__PURE__ */ Object.freeze<TriageWords>({
  symptoms: {
    'no-invitation-email': {
      name: 'No le llegó el correo de invitación',
      phrasings: [
        'nunca recibí el correo de invitación',
        'no me llegó el email para crear mi cuenta',
        'no me llegó ningún correo de la clínica',
        'dónde está el correo de Create My Account',
      ],
    },
    'link-not-working': {
      name: 'El enlace no funciona o ha caducado',
      phrasings: [
        'el enlace del correo no funciona',
        'el enlace caducó o venció',
        'hago clic en Create My Account o View Results y no pasa nada',
        'el link no sirve',
      ],
    },
    'code-not-received': {
      name: 'Nunca le llegó el código',
      phrasings: [
        'no me llegó el código',
        'el código de verificación no llegó por mensaje de texto ni por llamada',
        'no recibí el mensaje con el código',
        'nadie me llamó con el código',
      ],
    },
    'security-answer-refused': {
      name: 'No acepta la respuesta de seguridad',
      phrasings: [
        'mi respuesta de seguridad sale incorrecta',
        'no acepta la respuesta a mi pregunta de seguridad',
        'rechaza la respuesta de la pregunta de seguridad',
      ],
    },
    'forgot-password': {
      name: 'Olvidó la contraseña',
      phrasings: [
        'olvidé mi contraseña',
        'no recuerdo mi clave',
        'quiero restablecer mi contraseña',
        'mi contraseña no funciona',
      ],
    },
    'already-has-account': {
      name: 'Ya tiene una cuenta',
      phrasings: ['ya tengo una cuenta', 'dice que mi correo ya está registrado', 'ya me registré antes'],
    },
    'cannot-attach-file': {
      name: 'No puede adjuntar un archivo',
      phrasings: [
        'no puedo adjuntar un archivo',
        'no aparece el botón Attach files',
        'cómo agrego una foto o un documento a mi mensaje',
        'subir un archivo adjunto',
      ],
    },
    'provider-not-listed': {
      name: 'Su médico no aparece en la lista "Provider"',
      phrasings: [
        'mi doctor no está en la lista',
        'no encuentro a mi médico',
        'falta el proveedor al que quiero escribir en Provider',
      ],
    },
    'office-staff-missing': {
      name: 'Falta "Office staff"',
      phrasings: [
        'no aparece la opción Office staff',
        'quiero escribir a recepción, no a un médico',
        'no sale Office staff',
      ],
    },
    'message-will-not-send': {
      name: 'El mensaje no se envía',
      phrasings: [
        'mi mensaje no se envía',
        'el mensaje es demasiado largo',
        'demasiados archivos en mi mensaje',
        'puedo enviar el número de mi tarjeta de crédito en un mensaje',
        'Send message no funciona',
      ],
    },
    'browser-warning': {
      name: 'Un aviso sobre el navegador',
      phrasings: [
        'dice que mi navegador no es compatible',
        'me sale una advertencia del navegador',
        'me pide que descargue otro navegador',
        'Internet Explorer no funciona',
      ],
    },
    'child-under-13': {
      name: 'Un niño menor de 13 años',
      phrasings: [
        'una cuenta para mi hijo menor de 13 años',
        'mi niño es demasiado pequeño para registrarse',
        'registrar a mi hijo o a mi hija',
      ],
    },
    'manage-family-account': {
      name: 'Administra la cuenta de un familiar',
      phrasings: [
        'administro la cuenta de mi madre',
        'soy cuidador o tutor del paciente',
        'cuido a un familiar y necesito acceso',
      ],
    },
    'cannot-see-family-record': {
      name: 'No ve el expediente de su hijo o de su padre',
      phrasings: [
        'no puedo ver el expediente de mi hijo',
        'dónde está la información de mi hijo o de mi padre',
        'cómo cambio a mi familiar',
        'Switch to View',
      ],
    },
    'staff-login-as-patient': {
      name: 'El personal no puede usar "Log in to Portal as Patient"',
      phrasings: [
        'Log in to Portal as Patient no funciona',
        'el personal no puede entrar como el paciente desde el Quickview',
      ],
    },
  },
  questions: {
    browser:
      '¿Qué navegador usa el paciente y en qué dispositivo (una computadora Windows o Mac, un iPhone, un iPad o un teléfono Android)? O pegue el agente de usuario si lo tiene.',
    'staff-browser':
      '¿Qué navegador usa usted en su propia computadora, y con qué sistema? O pegue su agente de usuario.',
    'birth-date': '¿Cuál es la fecha de nacimiento del paciente?',
    'manager-birth-date': '¿Cuál es la fecha de nacimiento de la persona que administra la cuenta?',
    'email-on-file': '¿El correo electrónico que el consultorio tiene registrado es uno que el paciente lee?',
    'checked-junk': '¿El paciente revisó su carpeta de correo no deseado o spam?',
    'link-used-before': '¿El paciente ya usó este enlace para crear una cuenta?',
    'code-step':
      '¿El código era para configurar "Text me" o "Call me", o para confirmar el teléfono que el consultorio tiene registrado?',
    'code-method': '¿El código debía llegar por mensaje de texto o por llamada?',
    phone: '¿Qué número de teléfono escribió el paciente?',
    'phone-of-record-current':
      '¿El paciente todavía tiene el número de teléfono que el consultorio tiene registrado?',
    'saved-answer':
      'Solo si el paciente está dispuesto a compartirlas: ¿la respuesta que anotó al configurarla, y lo que escribió esta vez?',
    'answer-special-characters':
      '¿La respuesta que configuró tenía espacios o caracteres especiales, como signos de puntuación o guiones bajos?',
    'started-from':
      '¿El paciente escribe el mensaje desde la sección "Messages" de la página principal, o desde la página "Messages"?',
    attachments: '¿Cuántos archivos intenta adjuntar el paciente?',
    'message-text':
      '¿Qué dice el mensaje (para revisar su longitud y si contiene números de tarjeta de crédito)?',
    'provider-seen': '¿Ese proveedor ya atendió al paciente alguna vez?',
    'seen-providers': '¿Cuántos proveedores muestra la lista "Provider"?',
    'provider-based-routing':
      '¿Está activada la opción "Provider-based message routing" en la página "Portal Settings"?',
    'has-account': '¿La persona que administra la cuenta ya tiene una cuenta del portal?',
    'name-under-switch-to-view':
      'Cuando la persona que llama hace clic en la flecha junto a su propio nombre, ¿aparece el familiar en "Switch to View"?',
  },
  checks: {
    browser: 'Revisión del navegador',
    'staff-browser': 'Revisión del navegador del personal',
    eligibility: 'Revisión de la edad',
    phone: 'Revisión del número de teléfono',
    message: 'Revisión del mensaje',
    answers: 'Revisión de la respuesta de seguridad',
    recipients: 'Revisión de la lista de proveedores',
  },
  causes: {
    'under-minimum-age':
      'La persona es menor de la edad mínima: no puede tener su propia cuenta del portal, y el consultorio no puede registrarla ni invitarla.',
    'old-enough': 'La persona tiene edad suficiente para tener su propia cuenta.',
    'browser-not-supported': 'El navegador no se puede usar con el portal del paciente.',
    'landline-cannot-text': 'El número es de un teléfono fijo, que no puede recibir mensajes de texto.',
    'phone-number-invalid': 'El número escrito no es un número de teléfono válido.',
    'phone-not-personal': 'El número es gratuito o de servicio, así que llega a una empresa, no al paciente.',
    'phone-of-record-out-of-date':
      'El teléfono que el consultorio tiene registrado está desactualizado, así que el código va a un teléfono que el paciente ya no tiene.',
    'new-code-needed': 'El código de la configuración de seguridad no llegó o ya no sirve.',
    'new-verification-code-needed': 'El código para confirmar el teléfono registrado no llegó o ya no sirve.',
    'answer-typed-differently':
      'La respuesta se escribió con espacios o caracteres especiales distintos de los que tenía al configurarla.',
    'attachments-need-home-page':
      'El mensaje se empezó en la página "Messages", que envía mensajes sin archivos adjuntos.',
    'too-many-attachments': 'Hay más archivos de los que el portal permite en un mensaje.',
    'one-file-at-a-time': 'Los archivos se adjuntan de uno en uno.',
    'provider-not-seen':
      'La lista "Provider" incluye a los proveedores que ya atendieron al paciente; un proveedor que todavía no lo ha atendido puede no aparecer.',
    'provider-based-routing-on':
      '"Office staff" solo aparece cuando "Provider-based message routing" está desactivado en la página "Portal Settings".',
    'message-too-long': 'El mensaje es más largo de lo que permite el portal.',
    'card-number-in-message':
      'El mensaje contiene un número de tarjeta de crédito, y los pacientes no deben enviar información de tarjetas de crédito por el portal.',
    'empty-message': 'El cuadro del mensaje está vacío.',
    'register-as-manager':
      'El cuidador todavía no tiene cuenta: el personal configura el acceso familiar y el cuidador crea su cuenta desde el correo de invitación, como la persona que administra la cuenta del paciente.',
    'manager-under-age': 'La persona que administraría la cuenta es menor de la edad mínima.',
    'use-switch-to-view': 'Los expedientes de los familiares se abren desde "Switch to View".',
    'staff-browser-not-supported':
      'El navegador del personal no se puede usar para "Log in to Portal as Patient".',
    'email-address-wrong': 'El correo electrónico registrado no es uno que el paciente lee.',
    'email-filtered': 'Puede que el correo haya ido a la carpeta de no deseado o spam.',
    'invitation-not-received': 'La invitación no le llegó al paciente.',
    'link-expired': 'Puede que el enlace haya caducado.',
    'account-already-created': 'El enlace ya se usó para crear una cuenta.',
    'answer-forgotten': 'El paciente no recuerda la respuesta tal como la configuró.',
    'password-forgotten': 'El paciente no recuerda la contraseña.',
    'account-exists': 'El paciente ya tiene una cuenta.',
    'provider-list-other': 'El proveedor debería estar en la lista, pero no está.',
    'office-staff-expected': 'El enrutamiento está desactivado y aun así "Office staff" no aparece.',
    'message-other-problem': 'El mensaje pasa todas las revisiones, así que el problema está en otra parte.',
    'browser-warning-other': 'El navegador es compatible, así que el aviso viene de otra cosa.',
    'family-access-not-set-up': 'El familiar no aparece, así que puede que el acceso no esté configurado.',
    'staff-login-other': 'El navegador del personal es compatible, así que el problema está en otra parte.',
  },
  tell: {
    'under-minimum-age':
      'El paciente todavía no tiene edad para tener su propia cuenta del portal. Mientras tanto, uno de los padres del paciente u otro cuidador puede tener una cuenta de acceso familiar para ver su información de salud y de facturación.',
    'old-enough':
      'El paciente ya tiene edad para tener su propia cuenta del portal; podemos enviarle una invitación.',
    'browser-not-supported':
      'Abra el portal en un navegador compatible: Google Chrome, Mozilla Firefox, Microsoft Edge en Windows (7, 8/8.1, 10 u 11) o Safari en un dispositivo Apple.',
    'landline-cannot-text':
      'Ese número es de un teléfono fijo: elija "Call me" y el código le llegará por llamada.',
    'phone-number-invalid': 'Revise el número de teléfono y escríbalo de nuevo.',
    'phone-not-personal':
      'Ese número llega a una empresa: escriba un celular o un teléfono de casa que conteste usted mismo.',
    'phone-of-record-out-of-date':
      'Vamos a actualizar el teléfono que tenemos registrado; luego puede pedir el código otra vez.',
    'new-code-needed':
      'Revise el número que escribió y pida un código nuevo. Si eligió "Text me" y los mensajes de texto no le llegan, vuelva atrás y elija "Call me" en su lugar.',
    'new-verification-code-needed':
      'Pida un código nuevo; si los mensajes de texto no llegan a ese teléfono, pida una llamada.',
    'answer-typed-differently':
      'Escriba la respuesta exactamente como la configuró, con los mismos espacios y signos de puntuación; las mayúsculas no importan.',
    'attachments-need-home-page':
      'Para adjuntar un archivo, empiece el mensaje en la sección "Messages" de la página principal del portal.',
    'too-many-attachments':
      'Un mensaje solo admite un número limitado de archivos: quite los que sobran con la X junto al nombre del archivo y envíelos en otro mensaje.',
    'one-file-at-a-time': 'Haga clic en "Attach files" una vez por cada archivo que quiera enviar.',
    'provider-not-seen':
      'La lista incluye a los proveedores que ya lo atendieron; si el suyo no aparece, elija uno de ellos o dígame ahora si su consulta es para un proveedor nuevo.',
    'provider-based-routing-on': 'Elija al proveedor al que va dirigida su consulta.',
    'message-too-long': 'Acorte el mensaje: el portal limita su longitud.',
    'card-number-in-message':
      'Quite el número de tarjeta de crédito: nunca envíe información de tarjetas de crédito por el portal.',
    'empty-message': 'Escriba su mensaje antes de enviarlo.',
    'register-as-manager':
      'Vamos a configurar el acceso familiar para usted. Recibirá un correo de invitación: cree su cuenta desde él, como la persona que administra la cuenta del paciente.',
    'manager-under-age':
      'Para administrar la cuenta del paciente necesita su propia cuenta del portal, y todavía no tiene edad para tenerla; uno de los padres u otro cuidador con edad suficiente puede registrarse en su lugar.',
    'use-switch-to-view':
      'Haga clic en la flecha junto a su nombre, arriba en el portal, y elija el nombre de la persona en "Switch to View".',
    'staff-browser-not-supported':
      'Abra el Quickview en un navegador compatible (no en Internet Explorer) y vuelva a intentar "Log in to Portal as Patient".',
  },
  practiceAdvice: {
    'email-address-wrong':
      'Vamos a corregir el correo electrónico registrado y a enviarle una invitación nueva.',
    'email-filtered':
      'Busque en su carpeta de correo no deseado o spam un correo del consultorio; si no está, podemos enviarlo de nuevo.',
    'invitation-not-received':
      'Le enviaremos una invitación nueva, o podemos registrarlo en su próxima visita.',
    'link-expired': 'Puede que el enlace haya caducado; le enviaremos uno nuevo.',
    'account-already-created':
      'Ya creó su cuenta con este enlace: inicie sesión con su correo electrónico y su contraseña.',
    'answer-forgotten':
      'Si no recuerda su respuesta, vamos a ver cómo ayudarle a entrar de nuevo en su cuenta.',
    'password-forgotten':
      'Le ayudaremos a volver a entrar en su cuenta; la opción de seguridad que configuró al crearla es la forma de confirmar su identidad.',
    'account-exists': 'Ya tiene una cuenta: inicie sesión con su correo electrónico y su contraseña.',
    'provider-list-other': 'Revisaremos los datos de su proveedor y le devolveremos la llamada.',
    'office-staff-expected': 'Lo revisaremos; mientras tanto, puede hacerme su consulta ahora.',
    'message-other-problem': 'Inténtelo más tarde; si sigue sin enviarse, avísenos y lo revisaremos.',
    'browser-warning-other':
      'Su navegador es uno de los compatibles, así que el aviso se refiere a otra cosa; díganos exactamente qué dice.',
    'family-access-not-set-up':
      'Primero tenemos que configurar el acceso al expediente de su familiar; le guiaremos paso a paso.',
    'staff-login-other':
      'Su navegador es compatible, así que no es la causa; comuníquese con el soporte del portal del consultorio y cuénteles lo que ve.',
  },
  answers: {
    yes: 'Sí',
    no: 'No',
    codeStep: {
      'security-setup': 'Configurar "Text me" o "Call me"',
      'phone-of-record': 'Confirmar el teléfono registrado',
    },
    codeMethod: { text: 'Por mensaje de texto', call: 'Por llamada' },
    startedFrom: {
      'home-page': 'La sección de mensajes de la página principal',
      'messages-page': 'La página de mensajes',
    },
    other: 'Otro',
    unknown: 'No lo sabe',
    facts: {
      userAgent: 'Agente de usuario, si lo tiene',
      browser: 'Navegador',
      os: 'Dispositivo o sistema',
      answer: 'Lo que escribió esta vez',
      savedAnswer: 'La respuesta que anotó',
    },
  },
  ui: {
    title: 'Solución de problemas',
    intro:
      'Cada síntoma que la biblioteca puede diagnosticar, con las preguntas que hacer, las revisiones que ejecuta y cada causa posible con su solución. Generado a partir del catálogo de síntomas; los consejos marcados como del consultorio son consejos generales de soporte que deben sustituirse por los propios.',
    questions: 'Pregunte',
    checks: 'Revisiones',
    causes: 'Causas',
    fix: 'Solución',
    say: 'Diga',
    workflowStep: 'Paso del flujo',
    practiceAdvice: 'Consejo del consultorio (sustitúyalo por el suyo)',
    noQuestions: 'No hace falta preguntar nada.',
    noChecks: 'Ninguna revisión.',
  },
});
