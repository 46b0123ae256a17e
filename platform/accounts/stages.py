from allauth.account.stages import EmailVerificationStage


class EmailVerificationUnlessNoEmailStage(EmailVerificationStage):
    """allauth's mandatory e-mail verification, except for accounts without e-mail.

    Young learners' accounts are created by a join code with a username only: there
    is no address to verify, and asking for one would lock them out.
    """

    def handle(self):
        # No user: a sign-up with a known address, answered as if it were new.
        if self.login.user is not None and not self.login.user.email:
            return None, True
        return super().handle()
