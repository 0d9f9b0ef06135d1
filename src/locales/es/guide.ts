import type { GuideWords } from '../guide-words.js';
import { label, link, t, value } from '../text.js';
import { esSteps } from './guide-steps.js';

/**
 * The Spanish guide catalog, in the usted form a US clinic's front desk would use. UI labels stay
 * in English, exactly as the portal shows them.
 *
 * @example
 * ```ts
 * es.titles['profile-switch'];
 * //=> 'Abra un perfil'
 * const catalog: GuideCatalog = es;
 * words.options['security.text']({ patientName: 'Jordan', minimumAge: 13, maxLength: 1000, maxAttachments: 10 });
 * //=> [{ kind: 'label', text: 'Text me' }, { kind: 'text', text: ' (recomendado): reciba un código por mensaje de texto' }]
 * ```
 */
export const guide = {
  titles: {
    registration: 'Cree su cuenta del portal del paciente',
    'security-setup': 'Configure la seguridad de su cuenta',
    'phone-verification': 'Verifique su teléfono registrado',
    'family-access': 'Acceso familiar para un cuidador',
    relationship: 'Indique su relación con el paciente',
    'secure-message': 'Envíe un mensaje seguro',
    'profile-switch': 'Abra un perfil',
    assist: 'Cómo ayudar a un paciente con el portal',
  },
  intros: {
    registration: (p) =>
      p.blocked
        ? t`Por qué todavía no se puede crear esta cuenta del portal del paciente, y qué hacer mientras tanto.`
        : t`Siga estos pasos para crear su cuenta del portal del paciente y llegar a la página principal del portal. Como parte de esto, el portal le pide crear una cuenta de athenahealth.`,
    'security-setup': () =>
      t`Elija una forma para que el portal confirme que es usted si algún día se le olvida la contraseña. Esto se hace una sola vez.`,
    'phone-verification': () =>
      t`El portal comprueba que usted puede recibir una llamada o un mensaje de texto en el teléfono que el consultorio tiene registrado.`,
    'family-access': (p) =>
      t`Uno de los padres u otro cuidador puede ver la información de salud y de facturación de ${value(p.patientName)} en el portal: el consultorio configura el acceso familiar y después el cuidador crea su propia cuenta como alguien que administra la cuenta del paciente.`,
    relationship: (p) =>
      t`Es posible que el portal le pregunte si usted es el paciente o alguien que administra la cuenta de ${value(p.patientName)}.`,
    'secure-message': () => t`Envíele a su proveedor un mensaje seguro desde el portal.`,
    'profile-switch': () => t`Abra su propio perfil o el de un familiar cuya cuenta usted puede ver.`,
    assist: () =>
      t`Una lista para ayudar a un paciente por teléfono: primero revise lo básico y luego guíelo por el trámite que necesita.`,
  },
  steps: esSteps,
  notes: {
    'staff.recoveryPhoneKeptApart': () =>
      t`El número que el paciente o el familiar escribe en ${label('Text me')} o ${label('Call me')} se guarda aparte del teléfono registrado en las páginas ${label('Quickview')} y ${label('Patient Registration')}: si cambia uno, el otro no cambia.`,
    'staff.phoneOfRecordLocation': () =>
      t`El teléfono registrado es el del ${label('Quickview')} del paciente cuando el usuario es el propio paciente, y el de la entrada del paciente en la página ${label('Portal Accounts')} cuando el usuario administra la cuenta del paciente.`,
    'staff.prospectiveStatus': () =>
      t`Un paciente que se registra por primera vez con el consultorio en el portal, y todavía no ha hecho check-in para una cita, queda en estado ${label('Prospective')}. Puede ver y administrar a estos pacientes en la página ${label('Manage Prospective Patients')}.`,
    'staff.officeStaffRouting': () =>
      t`La opción ${label('Office staff')} aparece en la lista ${label('Provider')} solo cuando ${label('Provider-based message routing')} está desactivado en la página ${label('Portal Settings')}.`,
    'staff.officeLocationRouting': () =>
      t`Lo que se elija en ${label('Office location')} decide a qué bandeja ${label('Clinical Inbox')} llega el mensaje.`,
    'staff.under13': (p) =>
      t`Por la ley COPPA (Children's Online Privacy Protection Act), nadie menor de 13 años puede crear su propia cuenta del portal, y el personal no puede registrar ni invitar a un usuario nuevo menor de 13 años. Para un paciente menor de esa edad, configure el acceso familiar para uno de los padres u otro cuidador.${p.minimumAge > 13 ? t` En este consultorio la edad mínima es de ${p.minimumAge} años.` : undefined}`,
    'staff.staffBrowser': () =>
      t`Para usar ${label('Log in to Portal as Patient')} en el ${label('Quickview')}, usted también necesita un navegador compatible; con Internet Explorer no funciona.`,
    'staff.landlineUS': () =>
      t`Esta herramienta de ayuda distingue un teléfono fijo de un celular solo en algunos países, no en los números de EE. UU. ni de Canadá, así que pregúntele al paciente si ese número puede recibir mensajes de texto. Si no puede, debe elegir ${label('Call me')}.`,
    'staff.schedulingAllowed': () =>
      t`Si el paciente quiere hacer citas en el portal, confirme primero que su proveedor lo permite.`,
    'staff.familyAccess': () =>
      t`Con el acceso familiar, el cuidador crea su propia cuenta como alguien que administra la cuenta del paciente. Su teléfono registrado es el de la entrada del paciente en la página ${label('Portal Accounts')}.`,
    'staff.patientRegisters': (p) =>
      t`${value(p.patientName)} se registra para su propia cuenta, así que la regla de edad se aplica a esa persona y el teléfono registrado es el que figura en el ${label('Quickview')} del paciente.`,
    'staff.familyMemberRegisters': (p) => {
      const member = p.familyMemberName ? value(p.familyMemberName) : 'el familiar';
      return t`Se registra ${member}, no ${value(p.patientName)}: crea su propia cuenta como alguien que administra la cuenta de ${value(p.patientName)}, así que la regla de edad se aplica a esa persona. Su teléfono registrado es el de la entrada de ${value(p.patientName)} en la página ${label('Portal Accounts')}.`;
    },
    'staff.portalUrl': (p) =>
      p.portalUrl
        ? t`Dele al paciente la dirección del portal: ${link(p.portalUrl)}.`
        : t`Dele al paciente la dirección del portal del paciente de su consultorio.`,
    'patient.textRecommended': () =>
      t`La opción recomendada es ${label('Text me')}: el código le llega directo al celular.`,
    'patient.landlineUseCallMe': () =>
      t`Si su número es de teléfono fijo, elija ${label('Call me')}, porque los teléfonos fijos no reciben mensajes de texto.`,
    'patient.securityAnswerExact': () =>
      t`En su respuesta no importan las mayúsculas ni las minúsculas, pero los espacios, los signos de puntuación y otros caracteres especiales tiene que escribirlos exactamente igual cada vez.`,
    'patient.phoneCheckFollowsQuestion': () =>
      t`Como eligió una pregunta de seguridad, después el portal le pide confirmar el teléfono que el consultorio tiene registrado.`,
    'patient.phoneCheckMayFollow': () =>
      t`Si eligió una pregunta de seguridad, o escribió un número que no es el que el consultorio tiene registrado, después el portal le pide confirmar el teléfono registrado.`,
    'patient.codeNotReceived': () =>
      t`Si no le llega ningún código, revise el número que escribió y pida un código nuevo. Los mensajes de texto no llegan a un teléfono fijo: a un teléfono fijo, el código solo puede llegar por llamada.`,
    'patient.codeNotReceivedOnRecord': () =>
      t`Si no le llega ningún código, pida uno nuevo, o pida una llamada si los mensajes de texto no llegan a ese teléfono. Si ya no tiene ese teléfono, avísele al consultorio para que actualice el teléfono registrado.`,
    'patient.futureLogins': (p) =>
      t`De ahora en adelante, para entrar${p.portalUrl ? t` al portal en ${link(p.portalUrl)}` : undefined} solo necesita su correo electrónico y su contraseña.`,
    'patient.attachOneAtATime': (p) =>
      t`Los archivos se agregan de uno en uno: haga clic en ${label('Attach files')} otra vez para cada archivo, hasta ${p.maxAttachments} archivos.`,
    'patient.removeWrongFile': () =>
      t`¿Se equivocó de archivo? Haga clic en la ${label('X')} que está junto al nombre para quitarlo antes de enviar el mensaje.`,
    'patient.attachmentsHomePageOnly': () =>
      t`Para adjuntar archivos, empiece el mensaje desde la página principal del portal. Desde la página ${label('Messages')} también se pueden enviar mensajes, pero sin archivos adjuntos.`,
    'warning.noCardInformation': () =>
      t`Nunca envíe datos de tarjetas de crédito en un mensaje del portal: no escriba números de tarjeta de crédito ni adjunte fotos de tarjetas de crédito.`,
    'warning.under13': (p) => t`Nadie menor de ${p.minimumAge} años puede registrarse en el portal.`,
  },
  options: {
    'channel.invitation': () => t`Desde el correo de invitación (${label('Create My Account')})`,
    'channel.appointment-reminder': () => t`Desde un correo de aviso, como un recordatorio de cita`,
    'channel.lab-result': () => t`Desde un correo de resultados de laboratorio (${label('View Results')})`,
    'channel.online-check-in': () => t`Desde el check-in en línea`,
    'channel.in-office': () => t`Después de registrarse en el consultorio`,
    'security.text': () => t`${label('Text me')} (recomendado): reciba un código por mensaje de texto`,
    'security.call': () =>
      t`${label('Call me')}: reciba un código por llamada; es la opción para un teléfono fijo`,
    'security.question': () => t`${label('Security Question')}: elija una pregunta y contéstela`,
    'verification.text': () => t`${label('Text')}: reciba el código por mensaje de texto`,
    'verification.call': () => t`${label('Call')}: reciba el código por llamada`,
    'relationship.self': (p) =>
      t`${label(`I am ${p.patientName}`)}: usted es el paciente; luego haga clic en ${label('Continue')}`,
    'relationship.manager': (p) =>
      t`${label(`I manage ${p.patientName}'s account`)}: usted es un familiar o tutor que administra la cuenta`,
    'message.home-page': () => t`Empezar desde la página principal (se pueden adjuntar archivos)`,
    'message.messages-page': () => t`Empezar desde la página ${label('Messages')} (sin archivos adjuntos)`,
    'profile.my-profile': () => t`${label('My profile')}: sus propios datos`,
    'profile.family-member': (p) =>
      p.familyMemberName
        ? t`${label('Switch to View')}: el perfil de ${value(p.familyMemberName)}`
        : t`${label('Switch to View')}: el perfil de un familiar`,
  },
  // The labels the patient sees on the portal, glossed once per guide (label policy `portal`).
  // Staff screens (el Quickview, Portal Accounts...) are not glossed: staff see them in English.
  labelGlosses: {
    'Create My Account': 'Crear mi cuenta',
    'View Results': 'Ver resultados',
    'Create your new password': 'Cree su nueva contraseña',
    'Terms and Conditions': 'Términos y condiciones',
    'Privacy Policy': 'Política de privacidad',
    'Create account': 'Crear cuenta',
    Continue: 'Continuar',
    'Text me': 'Envíenme un mensaje de texto',
    'Call me': 'Llámenme',
    'Security Question': 'Pregunta de seguridad',
    Setup: 'Configurar',
    'Send code': 'Enviar código',
    Call: 'Llamar',
    Verify: 'Verificar',
    Save: 'Guardar',
    Text: 'Texto',
    'Choose your patient relationship': 'Elija su relación con el paciente',
    'I am {patientName}': 'Soy {patientName}',
    "I manage {patientName}'s account": 'Administro la cuenta de {patientName}',
    Messages: 'Mensajes',
    'Send a message': 'Enviar un mensaje',
    Provider: 'Proveedor',
    'Office location': 'Ubicación del consultorio',
    Subject: 'Asunto',
    'Medical question': 'Pregunta médica',
    'Appointments and scheduling': 'Citas y programación',
    Message: 'Mensaje',
    'Attach files': 'Adjuntar archivos',
    'Send message': 'Enviar mensaje',
    'My profile': 'Mi perfil',
    'My Profile': 'Mi perfil',
    'Switch to View': 'Cambiar de vista',
    'Office staff': 'Personal del consultorio',
  },
  // The reference gives no Spanish portal labels, so `translated` keeps every label in English.
  portalLabels: {},
  placeholders: {
    patient: '<nombre del paciente>',
    familyMember: '<nombre del familiar>',
    provider: '<proveedor>',
    location: '<consultorio>',
  },
  ui: {
    step: 'Paso',
    steps: 'Pasos',
    notes: 'Notas',
    staffNote: 'Nota para el personal',
    patientNote: 'Consejo',
    warning: 'Importante',
    option: 'Opción',
    blocked: 'Por ahora no se puede terminar este trámite.',
  },
} satisfies GuideWords;
