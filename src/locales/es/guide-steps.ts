import { OFFICE_STAFF_LABEL } from '../../rules/recipients.js';
import type { GuideParams, GuideWords } from '../guide-words.js';
import { label, link, type RichText, t, value } from '../text.js';

const name = (p: GuideParams) => value(p.patientName);

/** " en <la dirección del portal del consultorio>", cuando la guía la tiene: el paciente también la necesita. */
const en = (p: GuideParams) => (p.portalUrl ? t` en ${link(p.portalUrl)}` : undefined);

/** The personal "a" before a person's name, contracted before a title: "al Dr. Ruiz", "a la Dra. Ruiz". */
function personalA(person: string): string {
  if (/^Dr\.?\s/.test(person)) return 'al ';
  if (/^Dra\.?\s/.test(person)) return 'a la ';
  return 'a ';
}

/** Texto para el personal que ofrece el acceso familiar a un cuidador con la edad mínima (el menor también puede ser cuidador). */
const offerFamilyAccess = (p: GuideParams) =>
  t`Ofrezca en su lugar el acceso familiar a uno de los padres u otro cuidador de ${name(p)} que tenga por lo menos ${p.minimumAge} años.`;

/** Texto para el personal cuando el titular de la cuenta no tiene la edad mínima. */
function underAge(p: GuideParams): RichText {
  const until = p.eligibleOn ? t` hasta el ${value(p.eligibleOn)}` : undefined;
  return t`Deténgase aquí: la persona que sería titular de esta cuenta tiene menos de ${p.minimumAge} años, así que no puede tener su propia cuenta del portal${until}. ${offerFamilyAccess(p)}`;
}

/** Texto para el paciente cuando el titular de la cuenta no tiene la edad mínima. */
function underAgeForPatient(p: GuideParams): RichText {
  const until = p.eligibleOn ? t` antes del ${value(p.eligibleOn)}` : ' todavía';
  return t`Toda persona que tenga una cuenta del portal debe tener por lo menos ${p.minimumAge} años, así que esta cuenta no se puede crear${until}. Uno de los padres u otro cuidador que tenga por lo menos ${p.minimumAge} años puede pedirle al consultorio una cuenta de acceso familiar para ver la información de salud y de facturación de ${name(p)}.`;
}

const NEXT = 'Elija otro trámite o termine la sesión.';

/** La opción de seguridad que eligió el escenario de una guía, por su clave: la etiqueta del portal. */
const securityOptions: Readonly<Record<string, string>> = {
  'security.text': 'Text me',
  'security.call': 'Call me',
  'security.question': 'Security Question',
};

/** Texto para el personal cuando un trámite no puede empezar o no terminó, según el motivo. */
function assistBlocked(p: GuideParams): RichText {
  const until = p.eligibleOn ? t` (hasta el ${value(p.eligibleOn)})` : undefined;
  switch (p.blockedReason) {
    case 'patient-under-minimum-age':
      return t`Este trámite no puede empezar: ${name(p)} tiene menos de ${p.minimumAge} años, y nadie de esa edad puede registrarse, configurar la seguridad ni verificar un teléfono para su propia cuenta del portal${until}. Ofrezca en su lugar una cuenta de acceso familiar para uno de los padres u otro cuidador. ${NEXT}`;
    case 'family-member-under-minimum-age':
      return t`Este trámite no puede empezar: ${p.familyMemberName ? value(p.familyMemberName) : 'el familiar'}, que se registraría para administrar la cuenta de ${name(p)}, tiene menos de ${p.minimumAge} años${until}, y toda persona que crea una cuenta del portal debe tener al menos esa edad. Puede registrarse en su lugar uno de los padres u otro cuidador de esa edad, o puede configurar el acceso familiar para ese cuidador. ${NEXT}`;
    case 'already-registered':
      return t`${name(p)} ya tiene una cuenta del portal (registrada o en estado ${label('Prospective')}), así que el registro no se puede repetir. ${NEXT}`;
    case 'under-minimum-age':
      return t`El trámite se detuvo: la persona que sería titular de la cuenta tiene menos de ${p.minimumAge} años. ${offerFamilyAccess(p)} ${NEXT}`;
    case 'no-phone-of-record':
      return t`El trámite se detuvo: no hay un teléfono registrado que verificar. Actualice el teléfono registrado y vuelva a empezar el trámite. ${NEXT}`;
    default:
      return t`El trámite se detuvo antes de terminar (motivo: ${p.blockedReason ?? 'desconocido'}). ${NEXT}`;
  }
}

/**
 * Spanish text of every guide step (usted form). Portal UI labels stay in English, exactly as the
 * portal shows them, since the portal has no Spanish labels.
 *
 * @example
 * ```ts
 * const steps: GuideWords['steps'] = esSteps;
 * steps['security.enterPhoneForCall']({ patientName: 'Jordan', minimumAge: 13, maxLength: 1000, maxAttachments: 10 });
 * //=> [{ kind: 'text', text: 'Escriba su número de teléfono y haga clic en ' }, { kind: 'label', text: 'Call' }, { kind: 'text', text: '.' }]
 * ```
 */
export const esSteps = {
  // creación de la cuenta
  'registration.openInvitation': () =>
    t`Abra el correo de invitación al portal del paciente que le envió el consultorio y haga clic en el enlace ${label('Create My Account')}.`,
  'registration.openLabResult': () =>
    t`Abra el correo que le avisa que ya tiene un resultado de laboratorio y haga clic en el enlace ${label('View Results')}.`,
  'registration.openNotification': () =>
    t`Abra el correo del consultorio, por ejemplo un recordatorio de cita, y haga clic en el enlace al portal del paciente.`,
  'registration.startOnlineCheckIn': () =>
    t`Empiece el check-in en línea del consultorio; el portal le va a pedir que cree su cuenta.`,
  'registration.registerInOffice': () =>
    t`En el consultorio: registre al paciente en el portal del paciente siguiendo los pasos de registro en persona de su consultorio. Como a todos los que se registran en el portal, después se le pide al paciente crear una cuenta de athenahealth.`,
  'registration.registerInOfficeForPatient': () =>
    t`El consultorio empieza su registro en el portal durante su visita; después el portal le pide crear su cuenta de athenahealth.`,
  'registration.createPassword': () =>
    t`En la página ${label('Create your new password')}, confirme su correo electrónico, escriba su nueva contraseña dos veces, lea los ${label('Terms and Conditions')} y la ${label('Privacy Policy')}, marque la casilla y haga clic en ${label('Create account')}.`,
  'registration.confirmation': () => t`En la página de confirmación, haga clic en ${label('Continue')}.`,
  'registration.home': () => t`Se abre la página principal del portal: su cuenta ya está lista.`,
  'registration.blockedUnderAge': underAge,
  'registration.blockedUnderAgeForPatient': underAgeForPatient,
  'registration.blockedNoPhoneOfRecordForPatient': () =>
    t`Para terminar, el portal le pide confirmar el teléfono que el consultorio tiene registrado, pero todavía no hay ninguno. Llame al consultorio y pida que lo agreguen; después podrá terminar de crear su cuenta.`,
  'registration.blockedNoPhoneOfRecord': (p) =>
    t`Deténgase aquí: ${name(p)} no tiene un teléfono registrado, y el portal le pedirá al paciente que lo confirme. Agregue o actualice ese teléfono primero; después ayude al paciente a terminar de crear la cuenta.`,

  // seguridad de la cuenta
  'security.chooseOption': (p) => {
    // Un escenario que eligió una opción la nombra: el paso siguiente solo tiene sentido después de esa.
    const chosen = securityOptions[p.chosen ?? ''];
    return t`${chosen ? t`Para proteger su cuenta de athenahealth, elija ${label(chosen)}` : t`Elija cómo quiere proteger su cuenta de athenahealth (${label('Text me')}, ${label('Call me')} o ${label('Security Question')})`} y haga clic en el botón ${label('Setup')} que está debajo de esa opción. Esto se configura una sola vez y le permite demostrar quién es si algún día olvida su contraseña.`;
  },
  'security.enterPhoneForText': () => t`Escriba su número de teléfono y haga clic en ${label('Send code')}.`,
  'security.enterPhoneForCall': () => t`Escriba su número de teléfono y haga clic en ${label('Call')}.`,
  'security.landlineAdvice': () =>
    t`Un teléfono fijo no puede recibir mensajes de texto. Si el número que escribió es de un teléfono fijo, vuelva atrás, elija ${label('Call me')} en su lugar y haga clic en ${label('Setup')} debajo de esa opción, para recibir el código por llamada.`,
  'security.enterCode': () =>
    t`Escriba el código que le llegó por mensaje de texto o por llamada y haga clic en ${label('Verify')}.`,
  'security.wrongCode': () =>
    t`Ese código no fue aceptado. Revíselo, escríbalo de nuevo y haga clic en ${label('Verify')}, o pida un código nuevo al mismo número. Si los mensajes de texto no le llegan, elija ${label('Call me')}; si escribió mal el número, regrese y corríjalo.`,
  'security.answerQuestion': () =>
    t`En ${label('Security Question')}, elija una pregunta de la lista, escriba su respuesta y haga clic en ${label('Save')}.`,
  'security.done': () => t`La opción de seguridad de su cuenta ya quedó configurada.`,

  // verificación del teléfono registrado
  'verification.chooseDelivery': (p) =>
    p.again
      ? t`Cuando el consultorio haya actualizado el número, elija ${label('Text')} o ${label('Call')} otra vez.`
      : t`Si eligió una pregunta de seguridad, o escribió un teléfono de recuperación distinto del que el consultorio tiene registrado, el portal ahora le pide confirmar el teléfono registrado. Elija ${label('Text')} o ${label('Call')} para recibir un código en el número que aparece en el mensaje.`,
  'verification.enterCode': () =>
    t`Escriba el código que recibió por mensaje de texto o por llamada y haga clic en ${label('Verify')}.`,
  'verification.wrongCode': () =>
    t`Ese código no coincide. Escríbalo de nuevo y haga clic en ${label('Verify')}, o pida un código nuevo al mismo número; si los mensajes de texto no llegan a ese teléfono, pida una llamada.`,
  'verification.updatePhoneOfRecord': () =>
    t`El paciente ya no tiene el teléfono registrado: actualícelo; después la verificación empieza de nuevo con el número nuevo.`,
  'verification.updatePhoneOfRecordForPatient': () =>
    t`Si ya no tiene ese teléfono, avísele al consultorio para que actualice el teléfono registrado.`,
  'verification.done': () => t`Quedó confirmado el teléfono que el consultorio tiene registrado.`,
  'verification.noPhoneOfRecordForPatient': () =>
    t`El consultorio todavía no tiene ningún teléfono registrado para usted, así que no hay nada que confirmar. Llame al consultorio y pida que lo agreguen; después podrá confirmarlo.`,
  'verification.noPhoneOfRecord': (p) =>
    t`Deténgase aquí: ${name(p)} no tiene un teléfono registrado, así que no hay con qué verificar. El consultorio tiene que actualizar ese teléfono primero; después el paciente podrá verificarlo.`,

  // relación con el paciente
  'relationship.choose': (p) => {
    const self = t`haga clic en ${label(`I am ${p.patientName}`)} si usted es el paciente, y luego en ${label('Continue')}`;
    const manager = t`haga clic en ${label(`I manage ${p.patientName}'s account`)} si usted administra la cuenta del paciente`;
    // Un escenario que eligió una respuesta nombra solo esa.
    const which =
      p.chosen === 'relationship.self'
        ? self
        : p.chosen === 'relationship.manager'
          ? manager
          : t`${self}; o ${manager}`;
    return t`Si el portal le muestra la página ${label('Choose your patient relationship')}: ${which}.`;
  },
  'relationship.managerDetails': () =>
    t`Escriba su propio nombre, su correo electrónico y su fecha de nacimiento (quedan asociados a su cuenta de athenahealth), y haga clic en ${label('Continue')}.`,
  'relationship.confirmation': () => t`En la página de confirmación, haga clic en ${label('Continue')}.`,
  'relationship.done': () => t`Se abre la página principal del portal.`,
  'relationship.blockedUnderAge': underAge,
  'relationship.blockedUnderAgeForPatient': underAgeForPatient,

  // acceso familiar
  'familyAccess.setUpAccess': (p) =>
    t`Configure una cuenta de acceso familiar para que uno de los padres u otro cuidador pueda ver la información de salud y de facturación de ${name(p)} en el portal. Primero compruebe la fecha de nacimiento del cuidador: debe tener al menos ${p.minimumAge} años.`,
  'familyAccess.underAgeForCaregiver': (p) =>
    t`Usted todavía no puede tener una cuenta del portal: debe tener al menos ${p.minimumAge} años. Uno de los padres u otro cuidador que tenga ${p.minimumAge} años o más puede pedirle al consultorio una cuenta de acceso familiar para ver la información de salud y de facturación de ${name(p)}.`,
  'familyAccess.blockedUnderAge': (p) =>
    t`Deténgase aquí: este cuidador tiene menos de ${p.minimumAge} años, así que no puede tener una cuenta del portal. Configure el acceso familiar para uno de los padres u otro cuidador que tenga ${p.minimumAge} años o más.`,

  // mensaje seguro
  'message.openHomePage': (p) =>
    t`En una computadora de escritorio o una laptop, entre al portal${en(p)} y baje hasta la sección ${label('Messages')} de la página principal. Si no ve los campos del mensaje, haga clic en ${label('Send a message')}.`,
  'message.openMessagesPage': () =>
    t`Haga clic en el ícono ${label('Messages')}, arriba en la página principal, y empiece ahí un mensaje nuevo.`,
  'message.chooseProvider': (p) =>
    p.providerName === OFFICE_STAFF_LABEL
      ? t`En la lista ${label('Provider')}, elija ${label(OFFICE_STAFF_LABEL)}.`
      : p.providerName
        ? t`En la lista ${label('Provider')}, elija ${personalA(p.providerName)}${value(p.providerName)}. La lista incluye los proveedores que lo han atendido antes.`
        : t`En la lista ${label('Provider')}, elija a quién le quiere escribir, o ${label('Office staff')} si aparece. La lista incluye los proveedores que lo han atendido antes.`,
  'message.chooseLocation': (p) =>
    p.locationName
      ? t`En la lista ${label('Office location')}, elija ${value(p.locationName)}.`
      : p.providerName === OFFICE_STAFF_LABEL
        ? t`En la lista ${label('Office location')}, elija una ubicación.`
        : t`En la lista ${label('Office location')}, elija la ubicación donde trabaja ese proveedor.`,
  'message.chooseSubject': () =>
    t`En la lista ${label('Subject')}, elija el tema de su mensaje, por ejemplo ${label('Medical question')} o ${label('Appointments and scheduling')}.`,
  'message.write': (p) =>
    p.attachmentsAllowed === false
      ? t`Escriba su mensaje en el cuadro ${label('Message')} (máximo ${p.maxLength} caracteres). Cuando esté listo, haga clic en ${label('Send message')}.`
      : t`Escriba su mensaje en el cuadro ${label('Message')} (máximo ${p.maxLength} caracteres). Para agregar un archivo, haga clic en ${label('Attach files')} y selecciónelo. Cuando esté listo, haga clic en ${label('Send message')}.`,
  'message.attachmentsUnavailable': () =>
    t`Un mensaje que se empieza desde la página ${label('Messages')} no puede llevar archivos. Envíelo sin archivos adjuntos, o regrese a la página principal y empiece el mensaje desde ahí.`,
  'message.attachmentLimit': (p) =>
    t`Ya llegó al límite de ${p.maxAttachments} archivos. Para agregar otro, primero quite uno con la ${label('X')} que está junto al nombre del archivo y luego haga clic en ${label('Attach files')}.`,
  'message.sendBlocked': (p) =>
    t`Cambie su mensaje antes de enviarlo: escriba algo en el cuadro, no pase de ${p.maxLength} caracteres y quite cualquier dato de tarjeta de crédito. Después haga clic en ${label('Send message')}.`,
  'message.sent': () =>
    t`Su mensaje ya se envió: el portal lo dirige a la bandeja ${label('Clinical Inbox')} que corresponde en el consultorio.`,

  // perfiles
  'profile.openMenu': () => t`Haga clic en la flecha que está junto a su nombre, arriba en el portal.`,
  'profile.menu': (p) =>
    p.chosen === 'profile.my-profile'
      ? t`Elija ${label('My profile')} en el menú.`
      : p.chosen === 'profile.family-member' && p.familyMemberName
        ? t`En ${label('Switch to View')}, elija ${personalA(p.familyMemberName)}${value(p.familyMemberName)}.`
        : t`Elija ${label('My profile')} para ver sus propios datos, o elija el nombre de un familiar en ${label('Switch to View')}.`,
  'profile.myProfile': () => t`Ya está abierta la página ${label('My Profile')}.`,
  'profile.familyMember': (p) =>
    p.familyMemberName
      ? t`Ahora está viendo el perfil de ${value(p.familyMemberName)} (desde ${label('Switch to View')}).`
      : t`Ahora está viendo el perfil que eligió en ${label('Switch to View')}.`,

  // sesión de ayuda del personal
  'assist.preChecks': () =>
    t`Antes de empezar, lea las notas de este paso: el estado del paciente, las citas por el portal, la dirección del portal y su propio navegador para ${label('Log in to Portal as Patient')}.`,
  'assist.browserMustChange': () =>
    t`El navegador del paciente no es compatible, o no se pudo reconocer (se trata igual). Pídale que use Google Chrome, Microsoft Edge (en Windows 7, 8/8.1, 10 u 11), Mozilla Firefox o Safari (en equipos Apple), con los enlaces de descarga de la alerta del portal. Luego vuelva a revisar el navegador.`,
  'assist.chooseTask': () => t`Pregúntele al paciente con qué necesita ayuda y elija ese trámite.`,
  'assist.runningTask': (p) =>
    p.taskTitle
      ? t`Guíe al paciente por el trámite "${p.taskTitle}", paso por paso.`
      : t`Guíe al paciente por el trámite, paso por paso.`,
  'assist.preChecksWithoutPortalLogin': () =>
    t`Su propio navegador no es compatible, así que no puede entrar al portal como el paciente desde el ${label('Quickview')}: guíe al paciente por teléfono, o abra primero el ${label('Quickview')} en un navegador compatible. Después lea las notas de este paso.`,
  'assist.taskBlocked': (p) => assistBlocked(p),
  'assist.taskFinished': () =>
    t`Este trámite terminó. Elija otro si el paciente necesita más ayuda, o termine la sesión.`,
  'assist.triageQuestion': () =>
    t`Hágale al paciente las preguntas que se muestran, una por una, y anote cada respuesta. Las revisiones se ejecutan con las respuestas a medida que avanza; puede volver a elegir un trámite en cualquier momento.`,
  'assist.diagnosis': (p) =>
    t`Las revisiones encontraron la causa. Dígale al paciente lo que se muestra y luego ${p.fixTask === false ? 'vuelva atrás o termine la sesión' : 'inicie el trámite que lo soluciona (se abre en su primer paso: lleve al paciente al paso que se muestra), o vuelva atrás'}.`,
  'assist.ended': () => t`La sesión de ayuda terminó.`,
} satisfies GuideWords['steps'];
