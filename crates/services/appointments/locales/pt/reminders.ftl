### Reminders: before the deadline to confirm, and the day before the appointment.

reminder-confirm-v1-subject = Garita: confirme seu agendamento antes de { $deadline }
reminder-confirm-v1-body = O agendamento do seu grupo em { $port } ({ $crossing }), em { $date } às { $time } (horário do posto), ainda não está confirmado. Cada pessoa com 14 anos ou mais confirma com a localização do celular e uma foto.
reminder-confirm-v1-next = O que fazer agora: confirme na sua página de situação antes de { $deadline } (horário de { $zone }). Se não confirmar, as vagas passam para outro grupo, e você pode pedir de novo, sem nenhuma penalidade.
reminder-confirm-v1-sms = Garita: confirme o agendamento de { $date } { $time } em { $port } antes de { $deadline }: { $link }
reminder-day-before-v1-subject = Garita: seu agendamento é amanhã, { $date }, em { $port }
reminder-day-before-v1-body = O agendamento do seu grupo: { $port }, em { $date } às { $time } (horário do posto). Vá à entrada de pedestres: { $crossing }.
reminder-day-before-v1-next = Leve todas as pessoas do grupo, os documentos de identidade que você registrou e sua confirmação { $number } (impressa ou no celular). Chegue um pouco antes das { $time }. O agendamento é gratuito: ninguém pode cobrar por ele.
reminder-day-before-v1-sms = Garita: amanhã { $date } { $time } em { $port }. Leve todos e os documentos. { $number }: { $link }
